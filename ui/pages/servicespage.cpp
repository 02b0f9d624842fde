#include "servicespage.h"

#include "documents/plandocument.h"
#include "editing/planedits.h"
#include "editors/serviceeditor.h"
#include "models/servicefiltermodel.h"
#include "models/servicetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace lps {

ServicesPage::ServicesPage(PlanDocument *document, ServiceTableModel *model, QWidget *parent)
    : ListPage(document, new ServiceFilterModel, tr("service"), parent)
    , m_model(model)
    , m_filter(static_cast<ServiceFilterModel *>(view()->model()))
{
    m_filter->setSourceModel(model);
    view()->setAccessibleName(tr("Services"));
    connect(model, &ServiceTableModel::changeRefused, this, &ListPage::changeRefused);
    createFilterBar();
    connect(document, &PlanDocument::changed, this, &ServicesPage::fillTags);
}

void ServicesPage::createFilterBar()
{
    auto *tierLabel = new QLabel(tr("&Tier:"), this);
    auto *tier = new QComboBox(this);
    tier->setObjectName(QStringLiteral("tierFilter"));
    tier->setAccessibleName(tr("Show the services of one tier"));
    tier->addItem(tr("All tiers"), -1);
    for (const Tier t : kAllTiers)
        tier->addItem(tierTitle(t), int(t));
    tierLabel->setBuddy(tier);
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    auto *find = new QLineEdit(this);
    find->setObjectName(QStringLiteral("serviceSearch"));
    find->setPlaceholderText(tr("name, tag or provider"));
    find->setClearButtonEnabled(true);
    findLabel->setBuddy(find);
    connect(tier, &QComboBox::currentIndexChanged, this, [this, tier] {
        const int value = tier->currentData().toInt();
        m_filter->setTier(value < 0 ? std::nullopt : std::optional<Tier>(Tier(value)));
    });
    connect(find, &QLineEdit::textChanged, m_filter, &ServiceFilterModel::setText);
    auto *tagLabel = new QLabel(tr("Ta&g:"), this);
    m_tags = new QComboBox(this);
    m_tags->setObjectName(QStringLiteral("tagFilter"));
    m_tags->setAccessibleName(tr("Show the services with one tag"));
    tagLabel->setBuddy(m_tags);
    connect(m_tags, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tags->currentData().toString()); });
    filterBar()->addWidget(tierLabel);
    filterBar()->addWidget(tier);
    filterBar()->addSpacing(12);
    filterBar()->addWidget(tagLabel);
    filterBar()->addWidget(m_tags);
    filterBar()->addSpacing(12);
    filterBar()->addWidget(findLabel);
    filterBar()->addWidget(find, 1);
}

void ServicesPage::fillTags()
{
    QStringList tags;
    for (const Service &service : document()->plan().services)
        tags << service.tags;
    tags.removeDuplicates();
    tags.sort(Qt::CaseInsensitive);
    const QString chosen = m_tags->currentData().toString();
    const QSignalBlocker blocker(m_tags);
    m_tags->clear();
    m_tags->addItem(tr("All tags"), QString());
    for (const QString &tag : std::as_const(tags))
        m_tags->addItem(tag, tag);
    const int at = m_tags->findData(chosen);
    m_tags->setCurrentIndex(qMax(0, at));
    if (at < 0)
        m_filter->setTag(QString());
}

void ServicesPage::addItem()
{
    const Plan &plan = document()->plan();
    Service service;
    service.cost = YearlyAmounts::single(0);
    auto *editor = new ServiceEditor(
        plan, service,
        [this](const Service &s) { return PlanEdits::addService(document()->plan(), s).problem; },
        this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        if (apply(PlanEdits::addService(document()->plan(), editor->service())))
            selectRow(int(document()->plan().services.size()) - 1);
    });
    editor->open();
}

void ServicesPage::editItem(int sourceRow)
{
    const Plan &plan = document()->plan();
    if (sourceRow < 0 || sourceRow >= plan.services.size())
        return;
    auto *editor = new ServiceEditor(
        plan, plan.services.at(sourceRow),
        [this](const Service &s) {
            return PlanEdits::replaceService(document()->plan(), s).problem;
        },
        this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, sourceRow] {
        if (apply(PlanEdits::replaceService(document()->plan(), editor->service())))
            selectRow(sourceRow);
    });
    editor->open();
}

void ServicesPage::removeItems(const QList<int> &sourceRows)
{
    const Plan &plan = document()->plan();
    QStringList ids, names;
    for (const int row : sourceRows) {
        ids << plan.services.at(row).id;
        names << plan.services.at(row).name;
    }
    confirmRemoval(names, PlanEdits::removalEffects(plan, ids, {}),
                   [this, ids] { apply(PlanEdits::removeServices(document()->plan(), ids)); });
}

} // namespace lps
