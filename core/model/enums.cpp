#include "enums.h"

#include <QStringList>

#include <array>
#include <utility>

namespace lps {

namespace {

template <typename Enum, size_t N> using Spellings = std::array<std::pair<Enum, const char *>, N>;

constexpr Spellings<Sector, 4> kSectors{{{Sector::Public, "public"},
                                         {Sector::Private, "private"},
                                         {Sector::Charitable, "charitable"},
                                         {Sector::Personal, "personal"}}};
constexpr Spellings<ResourceKind, 3> kKinds{{{ResourceKind::Money, "money"},
                                             {ResourceKind::Time, "time"},
                                             {ResourceKind::InKind, "in-kind"}}};
constexpr Spellings<Certainty, 3> kCertainties{{{Certainty::Confirmed, "confirmed"},
                                                {Certainty::Expected, "expected"},
                                                {Certainty::Speculative, "speculative"}}};
constexpr Spellings<Tier, 3> kTiers{
    {{Tier::Must, "must"}, {Tier::Need, "need"}, {Tier::Could, "could"}}};
constexpr Spellings<Provider, 5> kProviders{{{Provider::InHouse, "in-house"},
                                             {Provider::ThirdSector, "third-sector"},
                                             {Provider::Private, "private"},
                                             {Provider::Mutual, "mutual"},
                                             {Provider::Community, "community"}}};
constexpr Spellings<AdjustmentType, 8> kAdjustments{
    {{AdjustmentType::ResourceScale, "resource-scale"},
     {AdjustmentType::ResourceSet, "resource-set"},
     {AdjustmentType::ResourceOff, "resource-off"},
     {AdjustmentType::ServiceScale, "service-scale"},
     {AdjustmentType::ServiceTier, "service-tier"},
     {AdjustmentType::ServicePriority, "service-priority"},
     {AdjustmentType::ServiceOff, "service-off"},
     {AdjustmentType::Move, "move"}}};
constexpr Spellings<LeverKind, 4> kLeverKinds{{{LeverKind::ResourceAmount, "resource-amount"},
                                               {LeverKind::ServiceCost, "service-cost"},
                                               {LeverKind::ResourceOff, "resource-off"},
                                               {LeverKind::ServiceOff, "service-off"}}};

template <typename Enum, size_t N> QString spell(const Spellings<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, text] : table) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> parse(const Spellings<Enum, N> &table, const QString &text)
{
    for (const auto &[candidate, spelling] : table) {
        if (text == QLatin1String(spelling))
            return candidate;
    }
    return std::nullopt;
}

template <typename Enum, size_t N> QStringList all(const Spellings<Enum, N> &table)
{
    QStringList result;
    for (const auto &entry : table)
        result << QString::fromLatin1(entry.second);
    return result;
}

} // namespace

QString spelling(Sector value)
{
    return spell(kSectors, value);
}
QString spelling(ResourceKind value)
{
    return spell(kKinds, value);
}
QString spelling(Certainty value)
{
    return spell(kCertainties, value);
}
QString spelling(Tier value)
{
    return spell(kTiers, value);
}
QString spelling(Provider value)
{
    return spell(kProviders, value);
}
QString spelling(AdjustmentType value)
{
    return spell(kAdjustments, value);
}
QString spelling(LeverKind value)
{
    return spell(kLeverKinds, value);
}

template <> std::optional<Sector> enumFromString<Sector>(const QString &text)
{
    return parse(kSectors, text);
}
template <> std::optional<ResourceKind> enumFromString<ResourceKind>(const QString &text)
{
    return parse(kKinds, text);
}
template <> std::optional<Certainty> enumFromString<Certainty>(const QString &text)
{
    return parse(kCertainties, text);
}
template <> std::optional<Tier> enumFromString<Tier>(const QString &text)
{
    return parse(kTiers, text);
}
template <> std::optional<Provider> enumFromString<Provider>(const QString &text)
{
    return parse(kProviders, text);
}
template <> std::optional<AdjustmentType> enumFromString<AdjustmentType>(const QString &text)
{
    return parse(kAdjustments, text);
}
template <> std::optional<LeverKind> enumFromString<LeverKind>(const QString &text)
{
    return parse(kLeverKinds, text);
}

template <> QStringList enumSpellings<Sector>()
{
    return all(kSectors);
}
template <> QStringList enumSpellings<ResourceKind>()
{
    return all(kKinds);
}
template <> QStringList enumSpellings<Certainty>()
{
    return all(kCertainties);
}
template <> QStringList enumSpellings<Tier>()
{
    return all(kTiers);
}
template <> QStringList enumSpellings<Provider>()
{
    return all(kProviders);
}
template <> QStringList enumSpellings<AdjustmentType>()
{
    return all(kAdjustments);
}
template <> QStringList enumSpellings<LeverKind>()
{
    return all(kLeverKinds);
}

QString tierTitle(Tier tier)
{
    switch (tier) {
    case Tier::Must:
        return QStringLiteral("Must");
    case Tier::Need:
        return QStringLiteral("Need");
    case Tier::Could:
        return QStringLiteral("Could");
    }
    return {};
}

} // namespace lps
