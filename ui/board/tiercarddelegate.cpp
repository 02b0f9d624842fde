#include "tiercarddelegate.h"

#include "allocation/allocation.h"
#include "models/servicetablemodel.h"
#include "style/palette.h"
#include "tierboardmodel.h"

#include <QApplication>
#include <QPainter>

namespace lps {

namespace {

constexpr int kMargin = 6;
constexpr int kPadding = 8;
constexpr int kStripe = 8;

} // namespace

QString TierCardDelegate::statusText(const QVariant &status)
{
    return status.isValid() ? ServiceTableModel::statusText(FundingStatus(status.toInt()))
                            : tr("allocating…");
}

void TierCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
             selected ? 2 : 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 6, 6);
    const QVariant status = index.data(TierBoardModel::StatusRole);
    painter->setPen(Qt::NoPen);
    painter->setBrush(status.isValid() ? Palette::status(FundingStatus(status.toInt()))
                                       : Palette::noAnswer());
    painter->drawRoundedRect(QRect(card.left(), card.top(), kStripe, card.height()), 3, 3);

    const QRect text = card.adjusted(kStripe + kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    int y = text.top();
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(bold);
    painter->drawText(
        QRect(text.left(), y, text.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, text.width()));
    y += boldMetrics.height();
    painter->setFont(option.font);
    const QString funded = index.data(TierBoardModel::FundedRole).toString();
    const QString money =
        funded.isEmpty()
            ? tr("costs %1").arg(index.data(TierBoardModel::CostRole).toString())
            : tr("%1 of %2").arg(funded, index.data(TierBoardModel::CostRole).toString());
    painter->drawText(QRect(text.left(), y, text.width(), metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(money, Qt::ElideRight, text.width()));
    y += metrics.height();
    const QString sources = index.data(TierBoardModel::SourcesRole).toString();
    const QString line =
        sources.isEmpty() ? statusText(status) : tr("%1 · %2").arg(statusText(status), sources);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(text.left(), y, text.width(), metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(line, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize TierCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height =
        QFontMetrics(bold).height() + 2 * QFontMetrics(option.font).height() + kPadding + kMargin;
    return {QFontMetrics(option.font).averageCharWidth() * 28, height};
}

} // namespace lps
