#pragma once

#include <QWidget>

class QVariantAnimation;

namespace lps {

/// A tier's cost as one wide bar: the funded part solid green, the gap hatched vermillion (so it
/// differs by more than colour). A new share slides there in 200 ms, never in a jump.
class FundingBar : public QWidget
{
    Q_OBJECT

public:
    explicit FundingBar(QWidget *parent = nullptr);

    /// The share of the cost that is funded, 0 to 1; `animate` false jumps (the first answer).
    void setFundedShare(double share, bool animate = true);
    double fundedShare() const { return m_target; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVariantAnimation *m_animation;
    double m_shown = 1.0;
    double m_target = 1.0;
};

} // namespace lps
