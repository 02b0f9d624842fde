#pragma once

#include "councillorpack/packcontent.h"

#include <QList>
#include <QObject>
#include <QTextObjectInterface>

namespace lps {

/// Lets a QTextDocument hold the pack's charts as objects in its text flow, drawn by
/// PackChartPainter at print time so that they stay vector on the page.
class PackChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kType = QTextFormat::UserObject + 14;
    /// The property of the character format that holds the chart's index in charts.
    static constexpr int kIndex = QTextFormat::UserProperty + 1;

    /// `unit` is one point in the document's units; `width` the page's text width.
    PackChartObject(double unit, double width, QObject *parent = nullptr);
    /// Adds a chart; the number goes in the character format of its object.
    int add(const PackChart &chart);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    double m_unit;
    double m_width;
    QList<PackChart> m_charts;
};

} // namespace lps
