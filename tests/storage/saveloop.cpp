// Saves two large plans in turn to the path given, for ever, printing "saved" after each save:
// tst_atomicsave kills it at random moments and checks that the file is always whole.

#include "bigplan.h"
#include "storage/planfile.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: saveloop FILE.lpsb\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const lps::Plan plans[] = {lps::test::bigPlanB(), lps::test::bigPlanA()};
    std::puts("ready");
    std::fflush(stdout);
    for (unsigned long long i = 0;; ++i) {
        const lps::SaveResult result = lps::PlanFile::save(plans[i % 2], path);
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error->message));
            return 1;
        }
        std::puts("saved");
        std::fflush(stdout);
    }
}
