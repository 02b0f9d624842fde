#include "packchartpainter.h"

#include "workshop/spokenmoney.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lps {

namespace {

struct Frame
{
    QRectF plot;
    double low = 0.0;
    double high = 1.0;
    double unit = 1.0;

    double y(double minor) const
    {
        return plot.bottom() - (minor - low) / (high - low) * plot.height();
    }
};

// A round step for the axis: 1, 2 or 5 times a power of ten, about five steps in all.
double niceStep(double span)
{
    const double raw = span / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

QFont font(double unit, double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(std::lround(points * unit))));
    f.setBold(bold);
    // Any letter spacing turns ligatures off, so "off" stays three letters that a reader can
    // find and copy from the PDF, not "o" and the ligature "ﬀ".
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

void drawLegend(QPainter &painter, QRectF &area, const PackChart &chart, double unit)
{
    painter.setFont(font(unit, 8));
    const QFontMetricsF metrics(painter.font());
    double x = area.left();
    const double y = area.top();
    for (const PackChart::Series &series : chart.series) {
        if (chart.kind == PackChart::Kind::Waterfall)
            break;
        const QRectF swatch(x, y + 2 * unit, 8 * unit, 8 * unit);
        painter.fillRect(swatch, PackChartPainter::colour(series.colour));
        x += 11 * unit;
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x, y + 9 * unit), series.name);
        x += metrics.horizontalAdvance(series.name) + 14 * unit;
    }
    area.setTop(area.top() + 16 * unit);
}

Frame frame(QPainter &painter, const QRectF &area, double low, double high, const QString &currency,
            double unit)
{
    Frame f;
    f.unit = unit;
    if (high <= low)
        high = low + 100.0;
    const double step = niceStep(high - low);
    f.low = std::floor(low / step) * step;
    f.high = std::ceil(high / step) * step;
    painter.setFont(font(unit, 7.5));
    const QFontMetricsF metrics(painter.font());
    double labelWidth = 0.0;
    for (double v = f.low; v <= f.high + step / 2; v += step)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(SpokenMoney::brief(
                                              Money::fromMinor(qint64(v)), currency)));
    f.plot = area.adjusted(labelWidth + 6 * unit, 4 * unit, 0, -16 * unit);
    for (double v = f.low; v <= f.high + step / 2; v += step) {
        const double y = f.y(v);
        painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0.5 * unit));
        painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), y - 6 * unit, labelWidth, 12 * unit),
                         Qt::AlignRight | Qt::AlignVCenter,
                         SpokenMoney::brief(Money::fromMinor(qint64(v)), currency));
    }
    painter.setPen(QPen(Qt::black, 0.75 * unit));
    const double axis = f.y(std::clamp(0.0, f.low, f.high));
    painter.drawLine(QPointF(f.plot.left(), axis), QPointF(f.plot.right(), axis));
    return f;
}

void categoryLabels(QPainter &painter, const Frame &f, const QStringList &categories)
{
    painter.setFont(font(f.unit, 7.5));
    painter.setPen(Qt::black);
    const double slot = f.plot.width() / std::max<qsizetype>(1, categories.size());
    for (qsizetype c = 0; c < categories.size(); ++c) {
        const QRectF cell(f.plot.left() + c * slot, f.plot.bottom() + 3 * f.unit, slot,
                          12 * f.unit);
        painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop,
                         QFontMetricsF(painter.font())
                             .elidedText(categories.at(c), Qt::ElideRight, slot - 2 * f.unit));
    }
}

void stackedBars(QPainter &painter, const QRectF &area, const PackChart &chart, double unit)
{
    double high = 0.0;
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        double total = 0.0;
        for (const PackChart::Series &series : chart.series)
            total += double(std::max<qint64>(0, series.minor.value(c)));
        high = std::max(high, total);
    }
    const Frame f = frame(painter, area, 0.0, high, chart.currency, unit);
    const double slot = f.plot.width() / std::max<qsizetype>(1, chart.categories.size());
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        double base = 0.0;
        for (const PackChart::Series &series : chart.series) {
            const double value = double(std::max<qint64>(0, series.minor.value(c)));
            const QRectF bar(QPointF(f.plot.left() + c * slot + slot * 0.2, f.y(base + value)),
                             QPointF(f.plot.left() + c * slot + slot * 0.8, f.y(base)));
            QBrush brush(PackChartPainter::colour(series.colour));
            painter.fillRect(bar, brush);
            // The gap is hatched too, so it reads as missing money in grey print.
            if (series.colour == 1)
                painter.fillRect(bar, QBrush(Qt::white, Qt::BDiagPattern));
            base += value;
        }
    }
    categoryLabels(painter, f, chart.categories);
}

void waterfall(QPainter &painter, const QRectF &area, const PackChart &chart, double unit)
{
    const QList<qint64> &steps = chart.series.value(0).minor;
    double running = 0.0, low = 0.0, high = 0.0;
    QList<QPair<double, double>> spans;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const bool whole = i == 0 || i == steps.size() - 1;
        const double from = whole ? 0.0 : running;
        const double to = whole ? double(steps.at(i)) : running + double(steps.at(i));
        running = whole ? double(steps.at(i)) : to;
        spans << qMakePair(from, to);
        low = std::min({low, from, to});
        high = std::max({high, from, to});
    }
    // The steps are what matter: when every bar stands above zero the axis starts near the
    // lowest point a step reaches, so that a change of a few percent can still be seen.
    if (low >= 0.0 && spans.size() > 2) {
        double lowest = high;
        for (const auto &[from, to] : spans.mid(1, spans.size() - 2))
            lowest = std::min({lowest, from, to});
        low = std::max(0.0, lowest - (high - lowest) * 2.0);
    }
    const Frame f = frame(painter, area, low, high, chart.currency, unit);
    const double slot = f.plot.width() / std::max<qsizetype>(1, steps.size());
    painter.setFont(font(unit, 7));
    if (f.low > 0.0) {
        // Said where the eye goes: the bars start above zero, so their heights are not ratios.
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(f.plot.left(), f.plot.top() - 12 * unit, f.plot.width(), 10 * unit),
            Qt::AlignRight | Qt::AlignBottom,
            PackChartPainter::tr("The axis starts at %1, not at zero")
                .arg(SpokenMoney::brief(Money::fromMinor(qint64(f.low)), chart.currency)));
    }
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const bool whole = i == 0 || i == spans.size() - 1;
        const auto [from, to] = spans.at(i);
        const double bottom = std::max(f.low, std::min(from, to));
        const QRectF bar(QPointF(f.plot.left() + i * slot + slot * 0.15, f.y(std::max(from, to))),
                         QPointF(f.plot.left() + i * slot + slot * 0.85, f.y(bottom)));
        const QColor colour = whole        ? PackChartPainter::colour(0)
                              : to >= from ? QColor(0x2e, 0x7d, 0x32)
                                           : QColor(0xc6, 0x28, 0x28);
        painter.fillRect(bar.height() < unit ? bar.adjusted(0, -unit / 2, 0, unit / 2) : bar,
                         colour);
        painter.setPen(Qt::black);
        const Money amount = Money::fromMinor(steps.at(i));
        const QString label = whole ? SpokenMoney::brief(amount, chart.currency)
                              : amount > Money()
                                  ? QStringLiteral("+") + SpokenMoney::brief(amount, chart.currency)
                                  : SpokenMoney::brief(amount, chart.currency);
        painter.drawText(QRectF(bar.left() - slot * 0.1, bar.top() - 11 * unit, slot, 10 * unit),
                         Qt::AlignHCenter | Qt::AlignBottom, label);
    }
    categoryLabels(painter, f, chart.categories);
}

void lines(QPainter &painter, const QRectF &area, const PackChart &chart, double unit)
{
    double high = 0.0;
    for (const PackChart::Series &series : chart.series) {
        for (const qint64 value : series.minor)
            high = std::max(high, double(value));
    }
    const Frame f = frame(painter, area, 0.0, high, chart.currency, unit);
    const double slot = f.plot.width() / std::max<qsizetype>(1, chart.categories.size());
    painter.setRenderHint(QPainter::Antialiasing);
    for (const PackChart::Series &series : chart.series) {
        QPainterPath path;
        for (qsizetype c = 0; c < series.minor.size(); ++c) {
            const QPointF point(f.plot.left() + (c + 0.5) * slot, f.y(double(series.minor.at(c))));
            c == 0 ? path.moveTo(point) : path.lineTo(point);
            painter.setBrush(PackChartPainter::colour(series.colour));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(point, 2.5 * unit, 2.5 * unit);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(PackChartPainter::colour(series.colour), 1.5 * unit));
        painter.drawPath(path);
    }
    categoryLabels(painter, f, chart.categories);
}

} // namespace

QColor PackChartPainter::colour(int index)
{
    // Funded, gap; four sectors; three tiers: dark and light alternate for grey print.
    static const QColor colours[] = {
        QColor(0x1f, 0x4e, 0x79), QColor(0xd9, 0x6c, 0x3b), QColor(0x1f, 0x4e, 0x79),
        QColor(0xe0, 0x9f, 0x3e), QColor(0x3a, 0x8a, 0x4f), QColor(0xa8, 0xa8, 0xd8),
        QColor(0xb2, 0x22, 0x22), QColor(0xe0, 0x9f, 0x3e), QColor(0x4a, 0x7a, 0xb8)};
    return colours[std::clamp(index, 0, int(std::size(colours)) - 1)];
}

void PackChartPainter::paint(QPainter &painter, const QRectF &area, const PackChart &chart,
                             double unit)
{
    painter.save();
    QRectF rest = area;
    painter.setFont(font(unit, 9, true));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rest.left(), rest.top(), rest.width(), 14 * unit),
                     Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    rest.setTop(rest.top() + 16 * unit);
    drawLegend(painter, rest, chart, unit);
    switch (chart.kind) {
    case PackChart::Kind::StackedBars:
        stackedBars(painter, rest, chart, unit);
        break;
    case PackChart::Kind::Waterfall:
        waterfall(painter, rest, chart, unit);
        break;
    case PackChart::Kind::Lines:
        lines(painter, rest, chart, unit);
        break;
    }
    painter.restore();
}

} // namespace lps
