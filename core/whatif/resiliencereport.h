#pragma once

#include "resilience.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace lps {

/// A resilience result as `lps resilience` prints it (spec/cli.md): canonical JSON, CSV (a row
/// per resource) or a table for a terminal.
class ResilienceReport
{
public:
    struct Names
    {
        QString plan;
        QString scenario;
        QString currency = QStringLiteral("GBP");
        QString yearLabel;
        QHash<QString, QString> resources;
        QHash<QString, QString> services;
    };

    static QByteArray json(const Resilience::Result &result, const Names &names);
    static QByteArray csv(const Resilience::Result &result, const Names &names);
    static QString table(const Resilience::Result &result, const Names &names);
    /// The names and labels of a year, for the reports.
    static Names namesOf(const QString &planName, const QString &currency,
                         const EffectiveYear &year, const QString &scenarioName,
                         const QString &yearLabel);
};

} // namespace lps
