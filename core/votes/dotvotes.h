#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace lps {

/// The dots a workshop room gave each service, by service id, and how many ballot papers they
/// came from (0 when the facilitator typed them in).
class DotVotes
{
public:
    DotVotes() = default;

    /// Sets a service's dots; a negative number is taken as 0, since a dot cannot be taken back.
    /// A service set to 0 is kept: the room was asked about it and gave it nothing.
    void set(const QString &serviceId, int dots);
    /// Adds to a service's dots (a ballot read after another).
    void add(const QString &serviceId, int dots);
    /// 0 for a service nobody voted for.
    int dotsFor(const QString &serviceId) const { return m_dots.value(serviceId, 0); }
    /// Every dot in the room.
    qint64 total() const;
    /// No dot at all, whether or not services were named with 0.
    bool isEmpty() const { return total() == 0; }
    /// The services named, in id order (so that reports do not depend on hashing).
    QStringList serviceIds() const { return m_dots.keys(); }
    const QMap<QString, int> &dots() const { return m_dots; }

    /// The number of ballot papers the dots were read from; 0 when typed.
    int ballots() const { return m_ballots; }
    void setBallots(int ballots) { m_ballots = ballots < 0 ? 0 : ballots; }

    bool operator==(const DotVotes &) const = default;

private:
    // Ordered, so that the same votes always list and compare alike.
    QMap<QString, int> m_dots;
    int m_ballots = 0;
};

} // namespace lps
