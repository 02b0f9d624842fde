#pragma once

#include "listpage.h"

namespace lps {

class ResourceFilterModel;
class ResourceTableModel;

/// The resources of a plan as a table to narrow down by sector and words, type into, and add to,
/// edit in full (ResourceEditor) or remove from.
class ResourcesPage : public ListPage
{
    Q_OBJECT

public:
    ResourcesPage(PlanDocument *document, ResourceTableModel *model, QWidget *parent = nullptr);

    ResourceFilterModel *filter() const { return m_filter; }

    void addItem() override;
    void editItem(int sourceRow) override;
    void removeItems(const QList<int> &sourceRows) override;

private:
    void createFilterBar();

    ResourceTableModel *m_model;
    ResourceFilterModel *m_filter;
};

} // namespace lps
