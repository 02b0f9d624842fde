#include "planfileheader.h"

#include <QtEndian>

namespace lps {

std::optional<PlanFileHeader> PlanFileHeader::parse(const QByteArray &bytes)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < kSize || !bytes.startsWith(magic))
        return std::nullopt;
    return PlanFileHeader(bytes.left(kSize));
}

quint32 PlanFileHeader::read32(int offset) const
{
    return qFromBigEndian<quint32>(m_bytes.constData() + offset);
}

int PlanFileHeader::pageSize() const
{
    const int stored = qFromBigEndian<quint16>(m_bytes.constData() + 16);
    const int size = stored == 1 ? 65536 : stored;
    const bool powerOfTwo = size > 0 && (size & (size - 1)) == 0;
    return powerOfTwo && size >= 512 ? size : 0;
}

std::optional<qint64> PlanFileHeader::declaredSize() const
{
    const quint32 pages = read32(28);
    if (pages == 0 || read32(24) != read32(92) || pageSize() == 0)
        return std::nullopt;
    return qint64(pages) * pageSize();
}

} // namespace lps
