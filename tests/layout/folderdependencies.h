#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace lps {

/// Which folders of one source root include which, read from the files' #include lines, so a test
/// can say whether they depend one way and, when not, which files close the loop.
class FolderDependencies
{
public:
    /// Reads every .cpp and .h in the folders directly under `root`.
    static FolderDependencies scan(const QString &root);
    /// The quoted includes of one file ("board/tierboard.h"), in order.
    static QStringList includesOf(const QString &file);

    /// Records that `from` includes `to`, because of `file`.
    void add(const QString &from, const QString &to, const QString &file);
    QStringList folders() const;
    bool isEmpty() const { return m_edges.isEmpty(); }
    /// A loop of folders, first folder repeated at the end; empty when they depend one way.
    QStringList cycle() const;
    /// For each step of a loop, one file that makes it ("ui/a/x.cpp includes b/").
    QString why(const QStringList &cycle) const;

private:
    bool search(const QString &folder, QStringList &path, QSet<QString> &done) const;

    QSet<QString> m_folders;
    QHash<QString, QSet<QString>> m_edges;
    QHash<QString, QString> m_because;
};

} // namespace lps
