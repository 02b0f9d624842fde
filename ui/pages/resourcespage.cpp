#include "resourcespage.h"

#include "documents/plandocument.h"
#include "editing/planedits.h"
#include "editors/resourceeditor.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace lps {

ResourcesPage::ResourcesPage(PlanDocument *document, ResourceTableModel *model, QWidget *parent)
    : ListPage(document, new ResourceFilterModel, tr("resource"), parent)
    , m_model(model)
    , m_filter(static_cast<ResourceFilterModel *>(view()->model()))
{
    m_filter->setSourceModel(model);
    view()->setAccessibleName(tr("Resources"));
    connect(model, &ResourceTableModel::changeRefused, this, &ListPage::changeRefused);
    createFilterBar();
}

void ResourcesPage::createFilterBar()
{
    auto *sectorLabel = new QLabel(tr("Sec&tor:"), this);
    auto *sector = new QComboBox(this);
    sector->setObjectName(QStringLiteral("sectorFilter"));
    sector->setAccessibleName(tr("Show the resources of one sector"));
    sector->addItem(tr("All sectors"), -1);
    for (const Sector s : kAllSectors) {
        const QString name = spelling(s);
        sector->addItem(name.at(0).toUpper() + name.mid(1), int(s));
    }
    sectorLabel->setBuddy(sector);
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    auto *find = new QLineEdit(this);
    find->setObjectName(QStringLiteral("resourceSearch"));
    find->setPlaceholderText(tr("name, or a service, tag or tier it may fund"));
    find->setClearButtonEnabled(true);
    findLabel->setBuddy(find);
    connect(sector, &QComboBox::currentIndexChanged, this, [this, sector] {
        const int value = sector->currentData().toInt();
        m_filter->setSector(value < 0 ? std::nullopt : std::optional<Sector>(Sector(value)));
    });
    connect(find, &QLineEdit::textChanged, m_filter, &ResourceFilterModel::setText);
    filterBar()->addWidget(sectorLabel);
    filterBar()->addWidget(sector);
    filterBar()->addSpacing(12);
    filterBar()->addWidget(findLabel);
    filterBar()->addWidget(find, 1);
}

void ResourcesPage::addItem()
{
    Resource resource;
    resource.amount = YearlyAmounts::single(0);
    auto *editor = new ResourceEditor(
        document()->plan(), resource,
        [this](const Resource &r) { return PlanEdits::addResource(document()->plan(), r).problem; },
        this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        if (apply(PlanEdits::addResource(document()->plan(), editor->resource())))
            selectRow(int(document()->plan().resources.size()) - 1);
    });
    editor->open();
}

void ResourcesPage::editItem(int sourceRow)
{
    const Plan &plan = document()->plan();
    if (sourceRow < 0 || sourceRow >= plan.resources.size())
        return;
    auto *editor = new ResourceEditor(
        plan, plan.resources.at(sourceRow),
        [this](const Resource &r) {
            return PlanEdits::replaceResource(document()->plan(), r).problem;
        },
        this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, sourceRow] {
        if (apply(PlanEdits::replaceResource(document()->plan(), editor->resource())))
            selectRow(sourceRow);
    });
    editor->open();
}

void ResourcesPage::removeItems(const QList<int> &sourceRows)
{
    const Plan &plan = document()->plan();
    QStringList ids, names;
    for (const int row : sourceRows) {
        ids << plan.resources.at(row).id;
        names << plan.resources.at(row).name;
    }
    confirmRemoval(names, PlanEdits::removalEffects(plan, {}, ids),
                   [this, ids] { apply(PlanEdits::removeResources(document()->plan(), ids)); });
}

} // namespace lps
