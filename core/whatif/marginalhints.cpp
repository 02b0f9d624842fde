#include "marginalhints.h"

#include <QCoreApplication>

namespace lps {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MarginalHints", text);
}

// Below this a dual value is the solver's rounding noise, not a use for more money.
constexpr double kNoise = 1e-7;

} // namespace

QStringList MarginalHints::of(const EffectiveYear &year, const YearResult &result,
                              const QString &currency)
{
    QStringList helps, idle;
    for (const ResourceOutcome &outcome : result.resources) {
        QString name = outcome.id;
        bool off = false;
        for (const EffectiveResource &resource : year.resources) {
            if (resource.id == outcome.id) {
                name = resource.name;
                off = resource.switchedOff || resource.fromMove;
            }
        }
        if (off)
            continue;
        int tier = -1;
        for (int t = 0; t < 3 && tier < 0; ++t) {
            if (outcome.marginal[size_t(t)] > kNoise)
                tier = t;
        }
        if (tier >= 0)
            helps << tr("An extra pound of %1 would go to the %2 tier.")
                         .arg(name, tierTitle(Tier(tier)).toLower());
        else if (outcome.unused > Money())
            idle << tr("%1 has %2 unused: more of it would change nothing.")
                        .arg(name, outcome.unused.formatted(currency));
        else
            idle << tr("More of %1 would change nothing: what it may fund is fully funded.")
                        .arg(name);
    }
    return helps + idle;
}

} // namespace lps
