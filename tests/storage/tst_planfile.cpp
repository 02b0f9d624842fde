// Saving and reading .lpsb plan files: every value round-trips, and a save is all or nothing.
#include "planfilefixtures.h"

#include <QTest>

using namespace lps;
using namespace lps::planfilefixtures;

class TestPlanFile : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTripsTheSamplePlanThroughADisk();
    void roundTripsGeneratedPlans_data();
    void roundTripsGeneratedPlans();
    void roundTripsAwkwardValues();
    void keepsDoublesBitForBit();
    void roundTripsEveryEnumerator();
    void roundTripsEveryAdjustmentType();
    void keepsFieldsAnAdjustmentDoesNotUse();
    void writesOurHeader();
    void savesTheSameBytesForTheSamePlan();
    void documentsTheExactSchema();
    void leversComeWithFormatTwo();

    void refusesToSaveAnInvalidPlan();
    void refusesToSaveTextTooLongToOpen();
    void savesNothingIntoAMissingFolder();
    void savesNothingIntoAReadOnlyFolder();
    void refusesToSaveOverAFolder();
    void replacesAnExistingFile();
    void leavesNoTemporaryFiles();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList folderEntries() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    Plan roundTrip(const Plan &plan);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPlanFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Plan TestPlanFile::roundTrip(const Plan &plan)
{
    const QByteArray bytes = PlanFile::serialize(plan);
    if (bytes.isEmpty())
        return {};
    const PlanFileResult result = PlanFile::loadBytes(bytes, QStringLiteral("plan.lpsb"));
    if (!result.ok())
        qWarning("%s", qPrintable(result.error.message));
    return result.plan.value_or(Plan());
}

void TestPlanFile::roundTripsTheSamplePlanThroughADisk()
{
    const Plan plan = test::samplePlan();
    const QString file = path(QStringLiteral("sample.lpsb"));
    const SaveResult saved = PlanFile::save(plan, file);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error->message));
    const PlanFileResult loaded = PlanFile::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    comparePlans(*loaded.plan, plan);
}

void TestPlanFile::roundTripsGeneratedPlans_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 300; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestPlanFile::roundTripsGeneratedPlans()
{
    QFETCH(quint32, seed);
    const Plan plan = test::generatePlan(seed);
    QVERIFY(PlanValidator::validate(plan).isEmpty());
    comparePlans(roundTrip(plan), plan);
}

void TestPlanFile::roundTripsAwkwardValues()
{
    const Plan plan = awkwardPlan();
    QCOMPARE(PlanValidator::validate(plan), Problems());
    comparePlans(roundTrip(plan), plan);
}

void TestPlanFile::keepsDoublesBitForBit()
{
    const Plan plan = awkwardPlan();
    const Plan back = roundTrip(plan);
    QVERIFY(!back.resources.isEmpty());
    QVERIFY(sameBits(back.costInflation, plan.costInflation));
    QVERIFY(sameBits(back.resources[0].trend, plan.resources[0].trend));
    QVERIFY(sameBits(*back.resources[0].matchRatio, *plan.resources[0].matchRatio));
    QVERIFY(sameBits(back.resources[0].contingentShare, plan.resources[0].contingentShare));
    QVERIFY(sameBits(back.services[1].minimumShare, plan.services[1].minimumShare));
}

void TestPlanFile::roundTripsEveryEnumerator()
{
    Plan plan = test::samplePlan();
    const Resource model = plan.resources[0];
    for (Sector sector : allOf<Sector>()) {
        for (ResourceKind kind : allOf<ResourceKind>()) {
            for (Certainty certainty : allOf<Certainty>()) {
                Resource r = model;
                r.id = QStringLiteral("r-%1").arg(plan.resources.size());
                r.sector = sector;
                r.kind = kind;
                r.certainty = certainty;
                if (kind == ResourceKind::Time)
                    r.hourValue = Money::fromMinor(1000);
                r.matchRatio = 1.0;
                r.matchSector = sector == Sector::Public ? Sector::Personal : Sector::Public;
                plan.resources << r;
            }
        }
    }
    const Service first = plan.services[0];
    for (Tier tier : allOf<Tier>()) {
        for (Provider provider : allOf<Provider>()) {
            Service s = first;
            s.id = QStringLiteral("s-%1").arg(plan.services.size());
            s.tier = tier;
            s.provider = provider;
            plan.services << s;
        }
    }
    const Problems problems = PlanValidator::validate(plan);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    comparePlans(roundTrip(plan), plan);
}

void TestPlanFile::roundTripsEveryAdjustmentType()
{
    Plan plan = test::samplePlan();
    Scenario &scenario = plan.scenarios[1];
    scenario.adjustments.clear();
    for (AdjustmentType type : allOf<AdjustmentType>()) {
        Adjustment a = adjustment(type, QStringLiteral("library"));
        if (a.targetsResource())
            a.target = QStringLiteral("volunteers");
        a.factor = type == AdjustmentType::ResourceScale || type == AdjustmentType::ServiceScale
                       ? 0.35
                       : 1.0;
        a.year = type == AdjustmentType::ResourceSet ? 2 : 0;
        a.amount = type == AdjustmentType::ResourceSet || type == AdjustmentType::Move ? 12345 : 0;
        a.tier = type == AdjustmentType::ServiceTier ? Tier::Could : Tier::Must;
        a.priority = type == AdjustmentType::ServicePriority ? 99 : 50;
        a.toService = type == AdjustmentType::Move ? QStringLiteral("festival") : QString();
        a.fromYear = 1;
        scenario.adjustments << a;
    }
    QCOMPARE(scenario.adjustments.size(), 8);
    QCOMPARE(PlanValidator::validate(plan), Problems());
    comparePlans(roundTrip(plan), plan);
}

void TestPlanFile::keepsFieldsAnAdjustmentDoesNotUse()
{
    // A user who changes an adjustment's type leaves values in fields the new type ignores; the
    // file keeps them, so that what was saved is what comes back.
    Plan plan = test::samplePlan();
    Adjustment off = adjustment(AdjustmentType::ResourceOff, QStringLiteral("council-tax"));
    off.factor = 0.25;
    off.year = 2;
    off.amount = 77;
    off.tier = Tier::Could;
    off.priority = 3;
    off.toService = QStringLiteral("library");
    plan.scenarios[1].adjustments << off;
    QCOMPARE(PlanValidator::validate(plan), Problems());
    comparePlans(roundTrip(plan), plan);
}

void TestPlanFile::writesOurHeader()
{
    const QString file = path(QStringLiteral("header.lpsb"));
    QVERIFY(PlanFile::save(test::samplePlan(), file).ok());
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.size() >= 100);
    QCOMPARE(bytes.left(16), QByteArray("SQLite format 3\0", 16));
    QCOMPARE(bytes.mid(68, 4), QByteArray("LPSB"));
    QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 68), PlanFile::kApplicationId);
    // The oldest format that holds the plan: 1 without levers, so older versions open it.
    QCOMPARE(qFromBigEndian<qint32>(bytes.constData() + 60), 1);
    QCOMPARE(PlanFile::kFormatVersion, 2);
    // Rollback journal (DELETE), not write-ahead log: the document is a single file.
    QCOMPARE(int(bytes.at(18)), 1);
    QCOMPARE(int(bytes.at(19)), 1);
    QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 56), 1u); // UTF-8
    const qint64 pages = qFromBigEndian<quint32>(bytes.constData() + 28);
    QCOMPARE(pages * qFromBigEndian<quint16>(bytes.constData() + 16), qint64(bytes.size()));
}

void TestPlanFile::savesTheSameBytesForTheSamePlan()
{
    const Plan plan = test::generatePlan(42);
    const QByteArray first = PlanFile::serialize(plan);
    QVERIFY(!first.isEmpty());
    QCOMPARE(PlanFile::serialize(plan), first);
    const QString file = path(QStringLiteral("again.lpsb"));
    QVERIFY(PlanFile::save(plan, file).ok());
    QCOMPARE(readAll(file), first);
    QVERIFY(PlanFile::serialize(test::generatePlan(43)) != first);
}

void TestPlanFile::documentsTheExactSchema()
{
    const QString doc =
        QDir::cleanPath(QStringLiteral(LPS_TEST_DATA_DIR "/../../../docs/file-format.md"));
    const QString text = QString::fromUtf8(readAll(doc));
    QVERIFY2(!text.isEmpty(), qPrintable(doc));
    int statements = 0;
    for (const PlanSchema::Entry &entry : PlanSchema::expected()) {
        if (entry.sql.isEmpty())
            continue; // an index SQLite makes for a key
        ++statements;
        QVERIFY2(text.contains(entry.sql + QLatin1Char(';')), qPrintable(entry.sql));
    }
    QCOMPARE(statements, 12); // format 2: format 1's eleven and the levers
}

// A plan with levers is written as format 2 and reads back whole; a format-2 file that says it
// is format 1 does not match format 1's schema and is refused.
void TestPlanFile::leversComeWithFormatTwo()
{
    Plan plan = test::samplePlan();
    Lever slider;
    slider.kind = LeverKind::ResourceAmount;
    slider.target = plan.resources[0].id;
    slider.low = 0.5;
    slider.high = 1.5;
    Lever off;
    off.kind = LeverKind::ServiceOff;
    off.target = plan.services[1].id;
    plan.levers = {slider, off};
    const QByteArray bytes = PlanFile::serialize(plan);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(qFromBigEndian<qint32>(bytes.constData() + 60), 2);
    const PlanFileResult read = PlanFile::loadBytes(bytes, QStringLiteral("levers.lpsb"));
    QVERIFY2(read.ok(), qPrintable(read.error.message));
    QCOMPARE(read.plan->levers, plan.levers);
    QCOMPARE(*read.plan, plan);
    const PlanFileResult relabelled = PlanFile::loadBytes(
        viaSqlite(bytes, "PRAGMA user_version = 1"), QStringLiteral("old.lpsb"));
    QVERIFY(!relabelled.ok());
    QVERIFY2(relabelled.error.message.contains(QStringLiteral("\u201clever\u201d")),
             qPrintable(relabelled.error.message));
}

void TestPlanFile::refusesToSaveAnInvalidPlan()
{
    const QString file = path(QStringLiteral("budget.lpsb"));
    QVERIFY(PlanFile::save(test::samplePlan(), file).ok());
    const QByteArray before = readAll(file);
    Plan plan = test::samplePlan();
    plan.services[1].priority = 0;
    const SaveResult result = PlanFile::save(plan, file);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::Invalid);
    QVERIFY(
        result.error->message.contains(QStringLiteral("\u201cbudget.lpsb\u201d was not saved")));
    QVERIFY(result.error->message.contains(QStringLiteral("services[1].priority")));
    QCOMPARE(readAll(file), before);
    QVERIFY(PlanFile::serialize(plan).isEmpty());
    QCOMPARE(folderEntries(), QStringList{QStringLiteral("budget.lpsb")});
}

void TestPlanFile::refusesToSaveTextTooLongToOpen()
{
    // What cannot be opened again must not be saved: reading and writing share their limits.
    Plan plan = test::samplePlan();
    plan.services[0].notes = QString(17 * 1024 * 1024, QLatin1Char('x'));
    const SaveResult result = PlanFile::save(plan, path(QStringLiteral("long.lpsb")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::Invalid);
    // The validator's text limit (100,000 characters) now stops it before the file's own limit.
    QVERIFY2(result.error->message.contains(QStringLiteral("services[0].notes")),
             qPrintable(result.error->message));
    QVERIFY(folderEntries().isEmpty());
}

void TestPlanFile::savesNothingIntoAMissingFolder()
{
    const QString file = path(QStringLiteral("no-such-folder/budget.lpsb"));
    const SaveResult result = PlanFile::save(test::samplePlan(), file);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::IoError);
    QVERIFY2(result.error->message.contains(
                 QStringLiteral("\u201cbudget.lpsb\u201d could not be saved")),
             qPrintable(result.error->message));
    QVERIFY2(result.error->message.contains(QStringLiteral("does not exist")),
             qPrintable(result.error->message));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(folderEntries().isEmpty());
}

void TestPlanFile::savesNothingIntoAReadOnlyFolder()
{
    const QString folder = path(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    const QString file = folder + QStringLiteral("/budget.lpsb");
    const QByteArray old = PlanFile::serialize(test::generatePlan(5));
    QVERIFY(writeAll(file, old));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup));
    // Permissions do not stop root; an immutable folder does, where the file system has them.
    bool immutable = false;
    if (QFileInfo(folder).isWritable() ||
        QFile(folder + QStringLiteral("/probe")).open(QIODevice::WriteOnly)) {
        QFile::remove(folder + QStringLiteral("/probe"));
        immutable =
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) == 0;
        if (!immutable) {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("this user can write into read-only folders and the file system cannot lock one");
        }
    }
    const SaveResult result = PlanFile::save(test::samplePlan(), file);
    const QStringList entries =
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QByteArray after = readAll(file);
    if (immutable)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::IoError);
    const QString &message = result.error->message;
    QVERIFY2(message.contains(QStringLiteral("\u201cbudget.lpsb\u201d could not be saved")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("previous version of the file is unchanged")),
             qPrintable(message));
    if (!immutable)
        QVERIFY2(message.contains(QStringLiteral("permission")), qPrintable(message));
    QCOMPARE(after, old);
    QCOMPARE(entries, QStringList{QStringLiteral("budget.lpsb")});
}

void TestPlanFile::refusesToSaveOverAFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("budget.lpsb")));
    const SaveResult result =
        PlanFile::save(test::samplePlan(), path(QStringLiteral("budget.lpsb")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::IoError);
    QVERIFY(result.error->message.contains(QStringLiteral("folder of that name")));
    QVERIFY(QFileInfo(path(QStringLiteral("budget.lpsb"))).isDir());
}

void TestPlanFile::replacesAnExistingFile()
{
    const QString file = path(QStringLiteral("budget.lpsb"));
    const Plan first = test::generatePlan(11);
    const Plan second = test::generatePlan(12);
    QVERIFY(PlanFile::save(first, file).ok());
    QVERIFY(PlanFile::save(second, file).ok());
    const PlanFileResult loaded = PlanFile::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    comparePlans(*loaded.plan, second);
    QCOMPARE(readAll(file), PlanFile::serialize(second));
    QCOMPARE(folderEntries(), QStringList{QStringLiteral("budget.lpsb")});
}

void TestPlanFile::leavesNoTemporaryFiles()
{
    for (quint32 seed = 1; seed <= 5; ++seed)
        QVERIFY(PlanFile::save(test::generatePlan(seed),
                               path(QStringLiteral("plan-%1.lpsb").arg(seed % 2)))
                    .ok());
    QCOMPARE(folderEntries(),
             (QStringList{QStringLiteral("plan-0.lpsb"), QStringLiteral("plan-1.lpsb")}));
}

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
