#include "xlsxarchive.h"

#include <QIODevice>
#include <QLocale>

#include <minizip/unzip.h>

#include <array>

namespace lps {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr uLong kEncryptedFlag = 0x1;
constexpr int kMaxNameBytes = 1024;

// "1,048,576": counts in messages are grouped, whatever the desktop's locale.
QString counted(qint64 number)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(number);
}

QString mebibytes(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
}

QString damaged(const QString &name, int zipError)
{
    return QStringLiteral("cannot be read: its part %1 cannot be unpacked (zip error %2), so the "
                          "file is damaged or compressed in a way Excel does not use; ask for it "
                          "again, or open it in Excel and save it again")
        .arg(name)
        .arg(zipError);
}

// minizip reads through these, from the QIODevice given as `opaque`: a QFile (so a workbook is
// never read whole into memory) or a QBuffer. The device is the caller's: never closed here.
QIODevice *deviceOf(voidpf opaque)
{
    return static_cast<QIODevice *>(opaque);
}

voidpf ZCALLBACK openDevice(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong ZCALLBACK readDevice(voidpf opaque, voidpf, void *buffer, uLong size)
{
    const qint64 got = deviceOf(opaque)->read(static_cast<char *>(buffer), qint64(size));
    return got < 0 ? 0 : uLong(got);
}

uLong ZCALLBACK writeDevice(voidpf, voidpf, const void *, uLong)
{
    return 0; // read only
}

ZPOS64_T ZCALLBACK tellDevice(voidpf opaque, voidpf)
{
    return ZPOS64_T(deviceOf(opaque)->pos());
}

long ZCALLBACK seekDevice(voidpf opaque, voidpf, ZPOS64_T offset, int origin)
{
    QIODevice *device = deviceOf(opaque);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = device->size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    // A damaged archive points anywhere; a place outside the file is a failure, not a warning.
    const qint64 to = base + qint64(offset);
    return to >= 0 && to <= device->size() && device->seek(to) ? 0 : -1;
}

int ZCALLBACK closeDevice(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0;
}

} // namespace

XlsxArchive::Format XlsxArchive::formatOf(const QByteArray &firstBytes)
{
    // A local file header, or the end record of an archive with nothing in it.
    if (firstBytes.startsWith("PK\x03\x04") || firstBytes.startsWith("PK\x05\x06"))
        return Format::Zip;
    if (firstBytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Format::Ole;
    return Format::Other;
}

bool XlsxArchive::isEncryptedOle(const QByteArray &bytes)
{
    // The stream that holds an encrypted Office document, named in the OLE directory in UTF-16.
    static const QByteArray name = [] {
        QByteArray utf16;
        for (const char c : QByteArrayLiteral("EncryptedPackage"))
            utf16.append(c).append('\0');
        return utf16;
    }();
    return bytes.contains(name);
}

XlsxArchive::XlsxArchive(QIODevice *device)
{
    zlib_filefunc64_def io{openDevice, readDevice,  writeDevice, tellDevice,
                           seekDevice, closeDevice, deviceError, device};
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly)) {
        m_problem = QStringLiteral("cannot be read: %1").arg(device->errorString());
        return;
    }
    m_zip = unzOpen2_64(device, &io);
    unz_global_info64 global{};
    if (!m_zip || unzGetGlobalInfo64(m_zip, &global) != UNZ_OK) {
        m_problem = QStringLiteral("is not a zip archive that can be read, as an .xlsx file is: "
                                   "the file is damaged or is not an Excel workbook; ask for it "
                                   "again, or save the spreadsheet as an Excel Workbook (.xlsx) "
                                   "or as CSV UTF-8");
        return;
    }
    if (global.number_entry > ZPOS64_T(kMaxEntries)) {
        m_problem = QStringLiteral("has %1 parts, far more than a workbook of services or "
                                   "resources has (at most %2 are read), so it was refused: an "
                                   "archive made to exhaust memory looks like this")
                        .arg(counted(qint64(global.number_entry)), counted(kMaxEntries));
        return;
    }
    std::array<char, kMaxNameBytes + 1> name{};
    for (int status = unzGoToFirstFile(m_zip); status == UNZ_OK; status = unzGoToNextFile(m_zip)) {
        unz_file_info64 info{};
        unz64_file_pos position{};
        if (unzGetCurrentFileInfo64(m_zip, &info, name.data(), kMaxNameBytes, nullptr, 0, nullptr,
                                    0) != UNZ_OK ||
            unzGetFilePos64(m_zip, &position) != UNZ_OK)
            break;
        m_names << QString::fromUtf8(name.data(),
                                     qsizetype(qMin<uLong>(info.size_filename, kMaxNameBytes)));
        m_positions << qMakePair(quint64(position.pos_in_zip_directory),
                                 quint64(position.num_of_file));
    }
    if (ZPOS64_T(m_names.size()) != global.number_entry)
        m_problem = QStringLiteral("is damaged: its list of parts cannot be read; ask for the "
                                   "file again, or open it in Excel and save it again");
}

XlsxArchive::~XlsxArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

bool XlsxArchive::contains(const QString &name) const
{
    return m_names.contains(name, Qt::CaseInsensitive);
}

XlsxArchive::Part XlsxArchive::read(const QString &name) const
{
    if (!m_problem.isEmpty())
        return {{}, m_problem};
    // Exactly as named first; then ignoring case, as the Open Packaging Conventions allow.
    qsizetype at = m_names.indexOf(name);
    for (qsizetype i = 0; at < 0 && i < m_names.size(); ++i) {
        if (m_names.at(i).compare(name, Qt::CaseInsensitive) == 0)
            at = i;
    }
    if (at < 0)
        return {{},
                QStringLiteral("has no part %1, so it is damaged or is not an Excel workbook; "
                               "open it in Excel and save it again")
                    .arg(name)};
    const unz64_file_pos position{m_positions.at(at).first, m_positions.at(at).second};
    unz_file_info64 info{};
    int error = unzGoToFilePos64(m_zip, &position);
    if (error == UNZ_OK)
        error = unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0);
    if (error != UNZ_OK)
        return {{}, damaged(name, error)};
    if (info.flag & kEncryptedFlag)
        return {{},
                QStringLiteral("cannot be read: its part %1 is encrypted with a password; save "
                               "the workbook again without one")
                    .arg(name)};
    const QString tooBig =
        QStringLiteral("cannot be read: its part %1 unpacks to more than %2, far more than a sheet "
                       "of services or resources needs, so it was refused: an archive made to "
                       "fill memory (a zip bomb) looks like this. Copy the sheet into a new "
                       "workbook, or save it as CSV")
            .arg(name, mebibytes(kMaxPartBytes));
    // The size the archive declares is only a first check: a zip bomb can declare anything, so
    // reading stops at the limit whatever it says.
    if (info.uncompressed_size > ZPOS64_T(kMaxPartBytes))
        return {{}, tooBig};
    if ((error = unzOpenCurrentFile(m_zip)) != UNZ_OK)
        return {{}, damaged(name, error)};
    Part part;
    std::array<char, kChunk> chunk{};
    for (;;) {
        const int got = unzReadCurrentFile(m_zip, chunk.data(), unsigned(kChunk));
        if (got < 0) {
            unzCloseCurrentFile(m_zip);
            return {{}, damaged(name, got)};
        }
        if (got == 0)
            break;
        if (part.bytes.size() + got > kMaxPartBytes) {
            unzCloseCurrentFile(m_zip);
            return {{}, tooBig};
        }
        part.bytes.append(chunk.data(), got);
    }
    // Checks the CRC: a damaged part is refused, not half read.
    if ((error = unzCloseCurrentFile(m_zip)) != UNZ_OK)
        return {{}, damaged(name, error)};
    return part;
}

} // namespace lps
