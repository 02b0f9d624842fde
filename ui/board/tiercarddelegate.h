#pragma once

#include <QStyledItemDelegate>

namespace lps {

/// Paints a service on the tier board as a card: name, cost and funding, the status in words
/// and in a colour-blind-safe colour (never colour alone), and its main sources. Sized for a
/// projector: readable from the back of a room at the window's own font.
class TierCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The status in words, as the card shows it ("allocating…" while it is unknown).
    static QString statusText(const QVariant &status);
};

} // namespace lps
