#pragma once

#include "workshop/projectionfigures.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace lps {

class FundingBar;
class ProjectionStyle;
class ServiceCard;

/// One tier on the projection: its name, its gap as the headline figure, its funding as a bar,
/// and as many of its services as cards as the screen holds, what changed and who is hurt
/// first; the rest are counted ("+ 262 more: 240 funded, 22 part-funded"), so a plan of 800
/// services stays readable.
class TierColumn : public QWidget
{
    Q_OBJECT

public:
    TierColumn(Tier tier, QWidget *parent = nullptr);

    /// `animate` false for the first answer of a session: it appears rather than slides.
    void showFigures(const ProjectionFigures::TierFigures &figures, const QString &currency,
                     bool animate);
    void restyle(const ProjectionStyle &style);
    /// The cards on show, for tests.
    QList<const ServiceCard *> cards() const;
    static QString title(Tier tier);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layOutCards();
    int capacity() const;

    Tier m_tier;
    QLabel *m_title;
    QLabel *m_figure;
    QLabel *m_caption;
    FundingBar *m_bar;
    QWidget *m_cardArea;
    QVBoxLayout *m_cardLayout;
    /// Made once and reused for every answer: nothing is allocated while the slider moves.
    QList<ServiceCard *> m_cards;
    QLabel *m_more;
    ProjectionFigures::TierFigures m_figures;
    QString m_currency;
    int m_cardHeight = 54;
    int m_cardSpacing = 8;
};

} // namespace lps
