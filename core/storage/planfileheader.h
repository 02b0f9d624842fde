#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace lps {

/// The first 100 bytes of an SQLite file (sqlite.org/fileformat2.html), read without SQLite so
/// that a file can be judged (not SQLite, another program's, a newer plan, cut short) before any
/// parser sees the rest of it.
class PlanFileHeader
{
public:
    static constexpr int kSize = 100;

    /// Nothing if the bytes do not begin with "SQLite format 3\0" and a whole header.
    static std::optional<PlanFileHeader> parse(const QByteArray &bytes);

    /// Offset 68: PRAGMA application_id.
    quint32 applicationId() const { return read32(68); }
    /// Offset 60: PRAGMA user_version, our file format.
    qint32 userVersion() const { return qint32(read32(60)); }
    /// Offsets 18 and 19: 1 for a rollback journal, 2 for write-ahead logging.
    int writeVersion() const { return quint8(m_bytes.at(18)); }
    int readVersion() const { return quint8(m_bytes.at(19)); }
    /// Offset 16, in bytes; 0 when it is not a power of two from 512 to 65536.
    int pageSize() const;
    /// The file size the header declares (offset 28 times the page size), or nothing when the
    /// count is absent or stale (offset 92 differs from the change counter at offset 24).
    std::optional<qint64> declaredSize() const;

private:
    explicit PlanFileHeader(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    quint32 read32(int offset) const;

    QByteArray m_bytes;
};

} // namespace lps
