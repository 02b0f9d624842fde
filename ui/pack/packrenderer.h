#pragma once

#include "councillorpack/packcontent.h"

#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace lps {

/// Sets the councillor pack on pages (a PDF file or a printer): a cover, then each section on
/// a new page; the plan, the scenario and the page number on every page; tables that break
/// across pages repeat their header row; charts stay vector.
class PackRenderer
{
public:
    /// The page sizes a council prints on: A4, or Letter where that is the custom.
    static QPageSize pageSize(const QString &name);
    /// Sets `pack` on `device`'s pages from the first; returns how many pages it took.
    static int render(const PackContent &pack, QPagedPaintDevice &device);
    /// Writes `pack` as a PDF at `path`, whole or not at all; returns why it could not, or
    /// nothing. `pages` receives the page count.
    static QString writePdf(const PackContent &pack, const QString &path,
                            const QPageSize &size = QPageSize(QPageSize::A4), int *pages = nullptr);
};

} // namespace lps
