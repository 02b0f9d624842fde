#pragma once

#include "workshop/projectionfigures.h"

#include <QWidget>

class QLabel;
class QVariantAnimation;

namespace lps {

class ProjectionStyle;

/// One service on the projection: its name, its status as a word and as a shape (circle funded,
/// half circle part-funded, triangle unfunded, bar decommissioned) on the status's colour, so
/// that it never rests on colour alone. A card whose status differs from the baseline has a
/// heavy border and an arrow; a status that changes fades to its new colour in 200 ms.
class ServiceCard : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceCard(QWidget *parent = nullptr);

    void setCard(const ProjectionFigures::Card &card);
    const ProjectionFigures::Card &card() const { return m_card; }
    void restyle(const ProjectionStyle &style);
    /// The word for a status, short enough for a card ("Part-funded").
    static QString word(FundingStatus status);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();
    void paintShape(QPainter &painter, const QRectF &box) const;

    QLabel *m_name;
    QLabel *m_word;
    QVariantAnimation *m_fade;
    ProjectionFigures::Card m_card;
    QColor m_fill;
    bool m_empty = true;
    int m_shapeSpace = 48;
};

} // namespace lps
