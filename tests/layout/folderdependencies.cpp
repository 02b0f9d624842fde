#include "folderdependencies.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace lps {

FolderDependencies FolderDependencies::scan(const QString &root)
{
    FolderDependencies graph;
    const QDir rootDir(root);
    const QStringList folders = rootDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        graph.m_folders.insert(folder);
        const QDir dir(rootDir.filePath(folder));
        const QStringList files =
            dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
        for (const QString &name : files) {
            for (const QString &include : includesOf(dir.filePath(name))) {
                const qsizetype slash = include.indexOf(u'/');
                if (slash <= 0 || !rootDir.exists(include))
                    continue;
                const QString target = include.left(slash);
                if (target != folder)
                    graph.add(folder, target, folder + u'/' + name);
            }
        }
    }
    return graph;
}

QStringList FolderDependencies::includesOf(const QString &file)
{
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"),
                                            QRegularExpression::MultilineOption);
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    QStringList includes;
    auto matches = include.globalMatch(QString::fromUtf8(source.readAll()));
    while (matches.hasNext())
        includes << matches.next().captured(1);
    return includes;
}

void FolderDependencies::add(const QString &from, const QString &to, const QString &file)
{
    m_folders.insert(from);
    m_folders.insert(to);
    m_edges[from].insert(to);
    m_because.insert(from + u'>' + to, file);
}

QStringList FolderDependencies::folders() const
{
    QStringList sorted(m_folders.begin(), m_folders.end());
    sorted.sort();
    return sorted;
}

QStringList FolderDependencies::cycle() const
{
    QSet<QString> done;
    for (const QString &folder : folders()) {
        QStringList path;
        if (search(folder, path, done))
            return path;
    }
    return {};
}

// Depth first, in name order so the loop reported is the same every run. `path` is the folders
// being visited; meeting one of them again closes a loop.
bool FolderDependencies::search(const QString &folder, QStringList &path, QSet<QString> &done) const
{
    if (const qsizetype at = path.indexOf(folder); at >= 0) {
        path = path.mid(at);
        path << folder;
        return true;
    }
    if (done.contains(folder))
        return false;
    path << folder;
    QStringList next(m_edges.value(folder).begin(), m_edges.value(folder).end());
    std::sort(next.begin(), next.end());
    for (const QString &to : next)
        if (search(to, path, done))
            return true;
    path.removeLast();
    done.insert(folder);
    return false;
}

QString FolderDependencies::why(const QStringList &cycle) const
{
    QStringList steps;
    for (qsizetype i = 0; i + 1 < cycle.size(); ++i)
        steps << QStringLiteral("%1 includes %2/")
                     .arg(m_because.value(cycle[i] + u'>' + cycle[i + 1]), cycle[i + 1]);
    return steps.join(QStringLiteral("; "));
}

} // namespace lps
