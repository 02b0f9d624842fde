#include "tablefit.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace lps {

void TableFit::toContents(QTableView *table)
{
    table->resizeColumnsToContents();
    const QHeaderView *rows = table->verticalHeader();
    const int width = table->horizontalHeader()->length() +
                      (rows->isVisible() ? rows->width() : 0) + 2 * table->frameWidth() +
                      table->verticalScrollBar()->sizeHint().width();
    table->setMinimumWidth(width);
    table->setMaximumWidth(width);
}

} // namespace lps
