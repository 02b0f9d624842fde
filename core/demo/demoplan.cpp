#include "demoplan.h"

#include "json/planjsonreader.h"

#include <QFile>

namespace lps {

QByteArray DemoPlan::json()
{
    QFile file(QStringLiteral(":/demo/eastbrook.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The demo plan is missing from the build (resources/demo/eastbrook.json)");
    return file.readAll();
}

Plan DemoPlan::plan()
{
    PlanJsonResult result = PlanJsonReader::read(json());
    if (!result.plan)
        qFatal("The built-in demo plan is invalid: %s",
               qPrintable(result.problems.value(0).toString()));
    return *result.plan;
}

} // namespace lps
