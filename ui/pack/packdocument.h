#pragma once

#include "councillorpack/packcontent.h"

#include <QFont>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSizeF>
#include <QTextDocument>

#include <memory>

class QPagedPaintDevice;

namespace lps {

/// The cover or one section of the councillor pack as a QTextDocument laid out in pages of a
/// given size, such that no paragraph, table row or heading is split from itself or its text:
/// the pages read whole on paper, and a PDF reader finds each word on the page where it is
/// seen. A section has a document of its own, as it starts on a page of its own: keeping it
/// whole lays out that section again, not the whole pack.
class PackDocument
{
public:
    /// Sets the pack's section (its cover for -1) for `device` in pages of `body` (device pixels).
    PackDocument(const PackContent &pack, int section, QPagedPaintDevice &device,
                 const QSizeF &body);

    QTextDocument &document() { return *m_document; }
    /// The pack's font at a size in points.
    static QFont font(double points, bool bold = false);

private:
    /// (piece, row): before which table row or paragraph line a new page starts. A piece is
    /// counted in the section's order; a paragraph's lines are rows -1, -2, ...
    using Break = QPair<int, int>;
    struct Placed
    {
        Break at;
        double top = 0.0;
        double bottom = 0.0;
        bool heading = false;
    };

    void set(const PackContent &pack, int section, QPagedPaintDevice &device, const QSizeF &body);
    /// The first piece that runs across a page's foot, or a heading left alone at one.
    std::optional<Break> firstSplit(double pageHeight) const;

    std::unique_ptr<QTextDocument> m_document;
    QSet<Break> m_breaks;
    QList<Placed> m_placed;

    friend class PackSetter;
};

} // namespace lps
