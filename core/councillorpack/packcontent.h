#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lps {

/// A table of the councillor pack, its cells already in words and money as the pack prints them.
struct PackTable
{
    QStringList header;
    QList<QStringList> rows;
    /// Columns whose cells are figures: set right-aligned in a fixed-width style of digits.
    QList<int> figureColumns;
    /// Rows printed in bold: totals.
    QList<int> totalRows;
    /// Rows whose first cell spans the whole table: what a service's shortfall means, and why.
    QList<int> noteRows;
    /// Relative widths of the columns; equal when empty.
    QList<int> widths;
};

/// A chart of the councillor pack, as exact amounts in minor units; the renderer draws it as
/// vector shapes, so it stays sharp at any size and on paper.
struct PackChart
{
    enum class Kind
    {
        /// One bar per category, its series stacked (funded, then the gap).
        StackedBars,
        /// Start, signed steps, end: how one total became another.
        Waterfall,
        /// One line per series across the categories (the years).
        Lines
    };
    struct Series
    {
        QString name;
        QList<qint64> minor;
        /// A palette index the renderer maps to a colour (0 funded, 1 gap, 2.. sectors).
        int colour = 0;
    };

    Kind kind = Kind::StackedBars;
    QString title;
    QStringList categories;
    QList<Series> series;
    QString currency = QStringLiteral("GBP");
};

/// One piece of a section: a heading, a paragraph, a table or a chart.
struct PackBlock
{
    enum class Kind
    {
        Heading,
        Paragraph,
        /// A paragraph set apart: a warning that an answer is not proven, or a key figure.
        Callout,
        Table,
        Chart
    };

    Kind kind = Kind::Paragraph;
    QString text;
    PackTable table;
    PackChart chart;
};

/// A section of the pack; each starts on a new page under its title.
struct PackSection
{
    QString title;
    QList<PackBlock> blocks;

    void heading(const QString &text) { blocks.append({PackBlock::Kind::Heading, text, {}, {}}); }
    void paragraph(const QString &text)
    {
        blocks.append({PackBlock::Kind::Paragraph, text, {}, {}});
    }
    void callout(const QString &text) { blocks.append({PackBlock::Kind::Callout, text, {}, {}}); }
    void table(const PackTable &table)
    {
        blocks.append({PackBlock::Kind::Table, QString(), table, {}});
    }
    void chart(const PackChart &chart)
    {
        blocks.append({PackBlock::Kind::Chart, QString(), {}, chart});
    }
};

/// Everything the councillor pack says, in order, ready to be set on pages (issue 14).
struct PackContent
{
    /// The cover.
    QString planName;
    QString locality;
    QString scenarioName;
    QString baseName;
    QString years;
    QString prepared;
    /// "Every figure is the best possible allocation, proven" or the gap in money.
    QStringList proof;
    bool proven = true;
    /// The line at the top of every page: plan, scenario and years.
    QString runningHeader;
    QList<PackSection> sections;
};

} // namespace lps
