// Spreadsheets as people export them: any bytes, split into services.csv and resources.csv at
// the first NUL byte; importing must never crash and never return a plan with problems.
#include "csvimport/csvplanimporter.h"
#include "validation/planvalidator.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\0');
    const QByteArray services = split < 0 ? bytes : bytes.left(split);
    const QByteArray resources =
        split < 0 ? QByteArray("name,sector,amount\nTax,public,1\n") : bytes.mid(split + 1);
    lps::CsvPlanImporter::Settings settings;
    settings.name = QStringLiteral("Fuzz");
    const lps::CsvPlanImporter::Result result =
        lps::CsvPlanImporter::importBytes(services, resources, settings);
    if (result.plan && lps::hasErrors(lps::PlanValidator::validate(*result.plan)))
        std::abort();
    return 0;
}
