#pragma once

class QTableView;

namespace lps {

/// Sizes a figures table beside a chart to its columns, so no amount is ever cut off: the
/// columns fit their contents and the table asks its layout for that width (the chart beside it
/// takes what is left).
class TableFit
{
public:
    static void toContents(QTableView *table);
};

} // namespace lps
