#include "packchartobject.h"

#include "pack/packchartpainter.h"

#include <QPainter>

namespace lps {

PackChartObject::PackChartObject(double unit, double width, QObject *parent)
    : QObject(parent)
    , m_unit(unit)
    , m_width(width)
{
}

int PackChartObject::add(const PackChart &chart)
{
    m_charts << chart;
    return int(m_charts.size() - 1);
}

QSizeF PackChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &)
{
    // A little narrower than the text, and about half as tall as wide: readable bars, and two
    // charts with their tables still fit a page.
    return QSizeF(m_width * 0.98, std::min(m_width * 0.42, 230.0 * m_unit));
}

void PackChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &format)
{
    // A chart moved on to the next page is still offered to the page before, clipped away;
    // drawing it there would leave its words in the PDF's text.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
        return;
    const int index = format.intProperty(kIndex);
    if (index >= 0 && index < m_charts.size())
        PackChartPainter::paint(*painter, rect, m_charts.at(index), m_unit);
}

} // namespace lps
