#pragma once

#include "listpage.h"

class QComboBox;

namespace lps {

class ServiceFilterModel;
class ServiceTableModel;

/// The services of a plan as a table to narrow down by tier and words, type into, and add to,
/// edit in full (ServiceEditor) or remove from.
class ServicesPage : public ListPage
{
    Q_OBJECT

public:
    ServicesPage(PlanDocument *document, ServiceTableModel *model, QWidget *parent = nullptr);

    ServiceFilterModel *filter() const { return m_filter; }

    void addItem() override;
    void editItem(int sourceRow) override;
    void removeItems(const QList<int> &sourceRows) override;

private:
    void createFilterBar();
    /// The plan's tags in the tag filter, keeping the one chosen while it still exists.
    void fillTags();

    ServiceTableModel *m_model;
    ServiceFilterModel *m_filter;
    QComboBox *m_tags = nullptr;
};

} // namespace lps
