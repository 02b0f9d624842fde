#include "eligibilityeditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lps {

namespace {

QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

void addCheckItem(QListWidget *list, const QString &text, const QString &id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace

EligibilityEditor::EligibilityEditor(QWidget *parent)
    : QWidget(parent)
    , m_tags(checkList(tr("Tags it may fund")))
    , m_serviceFilter(new QLineEdit(this))
    , m_services(checkList(tr("Services it may fund")))
    , m_summary(new QLabel(this))
{
    auto *tiers = new QGroupBox(tr("Tiers (none ticked: any tier)"), this);
    auto *tierRow = new QHBoxLayout(tiers);
    for (const Tier tier : kAllTiers) {
        auto *box = new QCheckBox(tierTitle(tier), tiers);
        box->setProperty("tier", int(tier));
        connect(box, &QCheckBox::toggled, this, &EligibilityEditor::updateSummary);
        tierRow->addWidget(box);
        m_tiers << box;
    }
    tierRow->addStretch(1);
    auto *tags = new QGroupBox(tr("Tags (none ticked: any tag)"), this);
    auto *tagLayout = new QVBoxLayout(tags);
    tagLayout->addWidget(m_tags);
    auto *services = new QGroupBox(tr("Services (none ticked: any service)"), this);
    auto *serviceLayout = new QVBoxLayout(services);
    m_serviceFilter->setPlaceholderText(tr("Find a service"));
    m_serviceFilter->setClearButtonEnabled(true);
    m_serviceFilter->setAccessibleName(tr("Find a service"));
    serviceLayout->addWidget(m_serviceFilter);
    serviceLayout->addWidget(m_services);
    connect(m_serviceFilter, &QLineEdit::textChanged, this, &EligibilityEditor::filterServices);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("eligibilitySummary"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(tiers, 1, 0, 1, 2);
    grid->addWidget(tags, 2, 0);
    grid->addWidget(services, 2, 1);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(0, 1);
}

QListWidget *EligibilityEditor::checkList(const QString &accessibleName)
{
    auto *list = new QListWidget(this);
    list->setAccessibleName(accessibleName);
    connect(list, &QListWidget::itemChanged, this, &EligibilityEditor::updateSummary);
    return list;
}

void EligibilityEditor::setEligibility(const Plan &plan, const Eligibility &eligibility)
{
    m_original = eligibility;
    const QSignalBlocker tagBlocker(m_tags);
    const QSignalBlocker serviceBlocker(m_services);
    for (QCheckBox *box : m_tiers)
        box->setChecked(eligibility.tiers.contains(Tier(box->property("tier").toInt())));
    QStringList tags = eligibility.tags;
    for (const Service &service : plan.services)
        tags << service.tags;
    tags.removeDuplicates();
    tags.sort(Qt::CaseInsensitive);
    m_tags->clear();
    for (const QString &tag : tags)
        addCheckItem(m_tags, tag, tag, eligibility.tags.contains(tag));
    m_services->clear();
    for (const Service &service : plan.services)
        addCheckItem(m_services, tr("%1 (%2)").arg(service.name, tierTitle(service.tier)),
                     service.id, eligibility.services.contains(service.id));
    updateSummary();
}

Eligibility EligibilityEditor::eligibility() const
{
    Eligibility eligibility;
    for (const QCheckBox *box : m_tiers) {
        if (box->isChecked())
            eligibility.tiers << Tier(box->property("tier").toInt());
    }
    eligibility.tags = checkedIds(m_tags);
    eligibility.services = checkedIds(m_services);
    // Same items, same order as written: opening the dialog and pressing OK changes nothing.
    const auto sameItems = [](const auto &a, const auto &b) {
        return a.size() == b.size() && std::is_permutation(a.begin(), a.end(), b.begin());
    };
    if (sameItems(eligibility.tiers, m_original.tiers))
        eligibility.tiers = m_original.tiers;
    if (sameItems(eligibility.tags, m_original.tags))
        eligibility.tags = m_original.tags;
    if (sameItems(eligibility.services, m_original.services))
        eligibility.services = m_original.services;
    return eligibility;
}

QString EligibilityEditor::summary() const
{
    const Eligibility e = eligibility();
    if (e.isUnrestricted())
        return tr("May fund any service.");
    QStringList parts;
    if (!e.tiers.isEmpty()) {
        QStringList tiers;
        for (const Tier tier : e.tiers)
            tiers << tierTitle(tier);
        parts << tr("in the %1 tier").arg(tiers.join(tr(" or ")));
    }
    if (!e.tags.isEmpty())
        parts << tr("tagged %1").arg(e.tags.join(tr(" or ")));
    if (!e.services.isEmpty())
        parts << tr("one of the %n ticked service(s)", nullptr, int(e.services.size()));
    return tr("May fund only services %1.").arg(parts.join(tr(", and ")));
}

void EligibilityEditor::filterServices(const QString &text)
{
    for (int row = 0; row < m_services->count(); ++row) {
        QListWidgetItem *item = m_services->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void EligibilityEditor::updateSummary()
{
    m_summary->setText(summary());
    emit changed();
}

} // namespace lps
