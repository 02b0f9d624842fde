#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QIODevice;

namespace lps {

/// The parts of an .xlsx file, which is a zip archive, read with limits: workbooks come by
/// e-mail from anyone, and a small archive can unpack to gigabytes (a zip bomb), so no part is
/// trusted to be the size it says, and nothing read from it can crash the reader.
class XlsxArchive
{
public:
    /// No sheet of services or resources comes near these; an archive past them is refused.
    static constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024;
    static constexpr int kMaxEntries = 10000;

    /// What the first bytes of a file say it is.
    enum class Format
    {
        /// A zip archive, as an .xlsx file is.
        Zip,
        /// An OLE compound file: an Excel 97-2003 .xls, or a workbook encrypted with a password
        /// (Excel keeps those in an OLE file whatever their name).
        Ole,
        Other
    };
    static Format formatOf(const QByteArray &firstBytes);
    /// Whether an OLE file is an encrypted Office document rather than an old workbook.
    static bool isEncryptedOle(const QByteArray &bytes);

    /// Opens the archive on `device`, which must outlive this object; problem() says why it
    /// could not be.
    explicit XlsxArchive(QIODevice *device);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive &) = delete;
    XlsxArchive &operator=(const XlsxArchive &) = delete;

    /// Why the file is not an archive that can be read; empty when it is.
    const QString &problem() const { return m_problem; }
    /// The names of its parts ("xl/workbook.xml").
    const QStringList &names() const { return m_names; }
    /// Whether it has a part, ignoring case as the Open Packaging Conventions do.
    bool contains(const QString &name) const;

    struct Part
    {
        QByteArray bytes;
        /// Why the part could not be read, and what to do; empty when it was.
        QString problem;

        bool ok() const { return problem.isEmpty(); }
    };
    /// A part, unpacked in chunks and refused past kMaxPartBytes.
    Part read(const QString &name) const;

private:
    /// minizip's unzFile, kept out of this header so that users need no minizip headers.
    void *m_zip = nullptr;
    QStringList m_names;
    /// Where each part's entry is in the archive, in the order of m_names.
    QList<QPair<quint64, quint64>> m_positions;
    QString m_problem;
};

} // namespace lps
