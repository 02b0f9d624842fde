#pragma once

#include <QSet>
#include <QString>

namespace lps {

/// Makes ids from names for rows that have none ("Children’s Centres" -> "children-s-centres"),
/// unique among the ids already taken by adding "-2", "-3"...
class IdMaker
{
public:
    /// `fallback` is the id used for names with no letters or digits at all ("service").
    explicit IdMaker(const QString &fallback)
        : m_fallback(fallback)
    {
    }

    /// Lowercase, accents dropped ("Łódź" -> "lodz"), `-` for every run of other characters, no `-`
    /// at either end, at most 64 characters.
    static QString slug(const QString &name);

    /// Keeps an id given in the file from being made for another row.
    void reserve(const QString &id) { m_taken.insert(id); }
    /// A new id for the name, reserved at once.
    QString make(const QString &name);

private:
    QString m_fallback;
    QSet<QString> m_taken;
};

} // namespace lps
