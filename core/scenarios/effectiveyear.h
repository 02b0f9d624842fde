#pragma once

#include "amounts/money.h"
#include "model/eligibility.h"
#include "model/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lps {

/// A resource as one scenario leaves it in one year: what the allocation engine consumes.
struct EffectiveResource
{
    QString id;
    QString name;
    Sector sector = Sector::Public;
    ResourceKind kind = ResourceKind::Money;
    Certainty certainty = Certainty::Confirmed;
    /// Money value available this year (time: hours x hourValue); 0 when switched off.
    Money available;
    /// Time only: hours available this year, and the value of one hour.
    qint64 hours = 0;
    Money hourValue;
    Eligibility eligible;
    std::optional<double> matchRatio;
    Sector matchSector = Sector::Public;
    std::optional<Money> maxPerService;
    double contingentShare = 0.0;
    bool switchedOff = false;
    /// True for the resource a `move` adjustment creates ("move:N:from-service", an id no written
    /// resource can have); it is not part of the written plan.
    bool fromMove = false;

    bool operator==(const EffectiveResource &) const = default;
};

/// A service as one scenario leaves it in one year.
struct EffectiveService
{
    QString id;
    QString name;
    Tier tier = Tier::Must;
    Money cost;
    double minimumShare = 0.0;
    int priority = 50;
    QStringList tags;
    qint64 timeCapacityHours = 0;
    /// Decommissioned (`service-off`): needs no funding and takes none.
    bool switchedOff = false;

    bool operator==(const EffectiveService &) const = default;
};

/// Everything the engine needs for one scenario and one year: resources and services with every
/// adjustment of the scenario and of the scenarios it is based on applied.
struct EffectiveYear
{
    QString scenarioId;
    int yearIndex = 0;
    int calendarYear = 0;
    QList<EffectiveResource> resources;
    QList<EffectiveService> services;

    /// Whether a resource may fund a service at all (eligibility, and time only where the
    /// service can absorb volunteer hours).
    bool mayFund(const EffectiveResource &resource, const EffectiveService &service) const;

    bool operator==(const EffectiveYear &) const = default;
};

} // namespace lps
