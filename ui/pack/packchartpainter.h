#pragma once

#include "councillorpack/packcontent.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace lps {

/// Draws a chart of the councillor pack with QPainter alone, so on a PDF or a printer it is
/// vector shapes and text, sharp at any size; colours are chosen to stay apart in grey print.
class PackChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(PackChartPainter)

public:
    /// Draws `chart` to fill `area`; `unit` is one point in the painter's units.
    static void paint(QPainter &painter, const QRectF &area, const PackChart &chart, double unit);
    static QColor colour(int index);
};

} // namespace lps
