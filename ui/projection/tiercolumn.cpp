#include "tiercolumn.h"

#include "fundingbar.h"
#include "projectionstyle.h"
#include "servicecard.h"

#include "workshop/spokenmoney.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lps {

namespace {

// Cards made up front: more than any screen holds at the smallest readable size.
constexpr int kMostCards = 16;

} // namespace

TierColumn::TierColumn(Tier tier, QWidget *parent)
    : QWidget(parent)
    , m_tier(tier)
    , m_title(new QLabel(title(tier), this))
    , m_figure(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_bar(new FundingBar(this))
    , m_cardArea(new QWidget(this))
    , m_cardLayout(new QVBoxLayout(m_cardArea))
    , m_more(new QLabel(m_cardArea))
{
    m_title->setObjectName(QStringLiteral("tierTitle"));
    m_figure->setObjectName(QStringLiteral("tierFigure"));
    m_caption->setObjectName(QStringLiteral("tierCaption"));
    m_more->setObjectName(QStringLiteral("tierMore"));
    m_caption->setWordWrap(true);
    // Three equal thirds, whatever their text.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_more->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_figure);
    layout->addWidget(m_caption);
    layout->addWidget(m_bar);
    layout->addWidget(m_cardArea, 1);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kMostCards; ++i) {
        auto *card = new ServiceCard(m_cardArea);
        card->hide();
        m_cards << card;
        m_cardLayout->addWidget(card);
    }
    m_cardLayout->addWidget(m_more);
    m_cardLayout->addStretch(1);
}

QString TierColumn::title(Tier tier)
{
    switch (tier) {
    case Tier::Must:
        return tr("Must provide");
    case Tier::Need:
        return tr("Locally needed");
    case Tier::Could:
        return tr("Could provide");
    }
    return {};
}

void TierColumn::restyle(const ProjectionStyle &style)
{
    ProjectionStyle::dress(m_title, style.font(ProjectionStyle::kHeadingCap, true));
    ProjectionStyle::dress(m_figure, style.font(ProjectionStyle::kFigureCap, true));
    ProjectionStyle::dress(m_caption, style.font(ProjectionStyle::kSmallestCap));
    ProjectionStyle::dress(m_more, style.font(ProjectionStyle::kSmallestCap));
    m_bar->setFixedHeight(style.px(40));
    layout()->setSpacing(style.px(8));
    m_cardSpacing = style.px(8);
    m_cardLayout->setSpacing(m_cardSpacing);
    for (ServiceCard *card : m_cards)
        card->restyle(style);
    m_cardHeight = style.px(54);
    layOutCards();
}

void TierColumn::showFigures(const ProjectionFigures::TierFigures &figures, const QString &currency,
                             bool animate)
{
    m_figures = figures;
    m_currency = currency;
    const QString cost = SpokenMoney::of(figures.cost, currency);
    // The headline figure is the gap alone, so that it fits a third of the screen at 60 px;
    // the words around it say what it is.
    if (figures.cost.isZero()) {
        m_title->setText(title(m_tier));
        m_figure->setText(tr("Nothing"));
        m_caption->setText(tr("no services to fund"));
    } else if (figures.gap.isZero()) {
        m_title->setText(title(m_tier));
        m_figure->setText(tr("Funded"));
        m_caption->setText(tr("all %1 of its cost").arg(cost));
    } else {
        m_title->setText(tr("%1: short by").arg(title(m_tier)));
        m_figure->setText(SpokenMoney::brief(figures.gap, currency));
        m_caption->setText(
            tr("%1 of %2 funded").arg(SpokenMoney::of(figures.funded, currency), cost));
    }
    const double share =
        figures.cost.isZero() ? 1.0 : double(figures.funded.minor()) / double(figures.cost.minor());
    m_bar->setFundedShare(share, animate);
    layOutCards();
}

int TierColumn::capacity() const
{
    const int room = m_cardArea->height();
    const int perCard = m_cardHeight + m_cardSpacing;
    return std::clamp(perCard > 0 ? (room + m_cardSpacing) / perCard : 0, 0, kMostCards);
}

void TierColumn::layOutCards()
{
    const QList<ProjectionFigures::Card> &all = m_figures.cards;
    int shown = std::min<int>(capacity(), int(all.size()));
    // Room for the count of the rest, when not every card fits.
    if (shown < all.size() && shown > 0)
        --shown;
    for (int i = 0; i < m_cards.size(); ++i) {
        if (i < shown) {
            m_cards[i]->setCard(all[i]);
            m_cards[i]->setVisible(true);
        } else {
            m_cards[i]->setVisible(false);
        }
    }
    const qsizetype rest = all.size() - shown;
    if (rest <= 0) {
        m_more->hide();
        return;
    }
    int funded = 0, partial = 0, unfunded = 0, closed = 0;
    for (qsizetype i = shown; i < all.size(); ++i) {
        funded += all[i].status == FundingStatus::Funded;
        partial += all[i].status == FundingStatus::Partial;
        unfunded += all[i].status == FundingStatus::Unfunded;
        closed += all[i].status == FundingStatus::Decommissioned;
    }
    QStringList counts;
    if (funded)
        counts << tr("%1 funded").arg(funded);
    if (partial)
        counts << tr("%1 part-funded").arg(partial);
    if (unfunded)
        counts << tr("%1 unfunded").arg(unfunded);
    if (closed)
        counts << tr("%1 closed").arg(closed);
    m_more->setText(tr("+ %1 more: %2").arg(rest).arg(counts.join(QStringLiteral(", "))));
    m_more->show();
}

QList<const ServiceCard *> TierColumn::cards() const
{
    QList<const ServiceCard *> shown;
    for (const ServiceCard *card : m_cards)
        if (card->isVisibleTo(this))
            shown << card;
    return shown;
}

void TierColumn::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layOutCards();
}

} // namespace lps
