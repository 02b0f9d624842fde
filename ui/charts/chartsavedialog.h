#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace lps {

/// Where and how big a chart is saved: the file (.png or .pdf) and its width and height, the
/// chart's size on screen to start with.
class ChartSaveDialog : public QDialog
{
    Q_OBJECT

public:
    ChartSaveDialog(const QString &name, const QSize &onScreen, QWidget *parent = nullptr);

    QString path() const;
    QSize chartSize() const;

private:
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
};

} // namespace lps
