#include "projectionstyle.h"

#include "style/palette.h"

#include <QFontMetricsF>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace lps {

namespace {

// Cap height per pixel of font size for the font in use: 0.73 for DejaVu Sans, 0.70 for Segoe
// UI. Measured once rather than assumed, so the 20 px holds on every platform's font.
double capRatio(const QFont &base)
{
    QFont probe = base;
    probe.setPixelSize(200);
    const double cap = QFontMetricsF(probe).capHeight();
    return cap > 0.0 ? cap / 200.0 : 0.7;
}

} // namespace

ProjectionStyle::ProjectionStyle(const QSize &size)
    : m_scale(std::max(0.1, std::min(size.width() / 1920.0, size.height() / 1080.0)))
{
}

int ProjectionStyle::px(double pixelsAt1080) const
{
    return int(std::lround(pixelsAt1080 * m_scale));
}

QFont ProjectionStyle::font(double capHeightAt1080, bool bold) const
{
    QFont font;
    font.setBold(bold);
    static const double ratio = capRatio(font);
    // Rounded up, so a cap height in proportion is never a pixel short.
    font.setPixelSize(std::max(1, int(std::ceil(capHeightAt1080 * m_scale / ratio))));
    return font;
}

QColor ProjectionStyle::cardFill(FundingStatus status)
{
    const QColor hue = Palette::status(status);
    // A quarter of the hue on white: light enough for ink at 7:1, strong enough to tell apart.
    const double share = 0.28;
    return QColor::fromRgbF(float(1.0 - share * (1.0 - hue.redF())),
                            float(1.0 - share * (1.0 - hue.greenF())),
                            float(1.0 - share * (1.0 - hue.blueF())));
}

void ProjectionStyle::dress(QLabel *label, const QFont &font, const QColor &background)
{
    label->setFont(font);
    QPalette palette = label->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::WindowText, ink());
        palette.setColor(group, QPalette::Window, background);
    }
    label->setPalette(palette);
}

} // namespace lps
