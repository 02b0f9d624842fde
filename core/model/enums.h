#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lps {

// The closed vocabularies of plan-model.md. Each has a spelling as in the JSON form
// (spelling(); not toString(), which QTest would pick up for QCOMPARE) and a parser that
// accepts exactly that spelling (enumFromString).

enum class Sector
{
    Public,
    Private,
    Charitable,
    Personal
};
enum class ResourceKind
{
    Money,
    Time,
    InKind
};
enum class Certainty
{
    Confirmed,
    Expected,
    Speculative
};
enum class Tier
{
    Must,
    Need,
    Could
};
enum class Provider
{
    InHouse,
    ThirdSector,
    Private,
    Mutual,
    Community
};
enum class AdjustmentType
{
    ResourceScale,
    ResourceSet,
    ResourceOff,
    ServiceScale,
    ServiceTier,
    ServicePriority,
    ServiceOff,
    Move
};
/// What a workshop lever moves (docs/workshop-notes.md): a resource's amount or a service's cost
/// (a slider), or a funder's withdrawal or a service's decommissioning (a switch).
enum class LeverKind
{
    ResourceAmount,
    ServiceCost,
    ResourceOff,
    ServiceOff
};

QString spelling(Sector value);
QString spelling(ResourceKind value);
QString spelling(Certainty value);
QString spelling(Tier value);
QString spelling(Provider value);
QString spelling(AdjustmentType value);
QString spelling(LeverKind value);

template <typename Enum> std::optional<Enum> enumFromString(const QString &text);
template <> std::optional<Sector> enumFromString<Sector>(const QString &text);
template <> std::optional<ResourceKind> enumFromString<ResourceKind>(const QString &text);
template <> std::optional<Certainty> enumFromString<Certainty>(const QString &text);
template <> std::optional<Tier> enumFromString<Tier>(const QString &text);
template <> std::optional<Provider> enumFromString<Provider>(const QString &text);
template <> std::optional<AdjustmentType> enumFromString<AdjustmentType>(const QString &text);
template <> std::optional<LeverKind> enumFromString<LeverKind>(const QString &text);

/// Every spelling of an enumeration, in declaration order, for messages ("one of: must, need,
/// could").
template <typename Enum> QStringList enumSpellings();
template <> QStringList enumSpellings<Sector>();
template <> QStringList enumSpellings<ResourceKind>();
template <> QStringList enumSpellings<Certainty>();
template <> QStringList enumSpellings<Tier>();
template <> QStringList enumSpellings<Provider>();
template <> QStringList enumSpellings<AdjustmentType>();
template <> QStringList enumSpellings<LeverKind>();

/// The user-facing name of a tier ("Must", "Need", "Could").
QString tierTitle(Tier tier);

inline constexpr Tier kAllTiers[] = {Tier::Must, Tier::Need, Tier::Could};
inline constexpr Sector kAllSectors[] = {Sector::Public, Sector::Private, Sector::Charitable,
                                         Sector::Personal};

} // namespace lps
