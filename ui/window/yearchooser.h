#pragma once

#include <QComboBox>

namespace lps {

class PlanDocument;

/// The year box on the tool bar: lists the document's years, chooses the year every view shows,
/// and follows the document when its years change.
class YearChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit YearChooser(PlanDocument *document, QWidget *parent = nullptr);

private:
    void fill();

    PlanDocument *m_document;
};

} // namespace lps
