#pragma once

#include "allocation/allocation.h"

#include <QColor>
#include <QFont>
#include <QSize>

class QLabel;
class QWidget;

namespace lps {

/// The projection's type and colours, sized to the screen it is on so that the back row can read
/// it (issue 13): at 1920x1080 every text has a cap height of at least 20 px and the headline
/// figures 60 px, in the same proportions at any other size; ink on white at 7:1 or more.
class ProjectionStyle
{
public:
    /// The sizes are for 1920x1080; `size` scales them in proportion (the smaller of its width
    /// and height ratios, so nothing outgrows a narrower screen).
    explicit ProjectionStyle(const QSize &size);

    double scale() const { return m_scale; }
    /// A length of `pixelsAt1080` on a 1920x1080 screen, on this one.
    int px(double pixelsAt1080) const;
    /// A font whose capital letters are at least `capHeightAt1080` pixels high at 1920x1080.
    QFont font(double capHeightAt1080, bool bold = false) const;

    /// The text sizes in use, as cap heights at 1920x1080.
    static constexpr double kSmallestCap = 20.0;
    static constexpr double kHeadingCap = 24.0;
    static constexpr double kFigureCap = 60.0;
    /// How long a change takes to show (a bar sliding, a card changing colour): at most 250 ms
    /// (issue 13), long enough for the eye to follow.
    static constexpr int kAnimationMs = 200;

    static QColor background() { return Qt::white; }
    /// Body text; 17:1 on white.
    static QColor ink() { return QColor(0x1A, 0x1A, 0x1A); }
    /// A card's background: the status hue, light enough for ink at 7:1 or more.
    static QColor cardFill(FundingStatus status);
    /// Gives a label the font and the ink on `background`, so what is measured is what is shown.
    static void dress(QLabel *label, const QFont &font, const QColor &background = Qt::white);

private:
    double m_scale = 1.0;
};

} // namespace lps
