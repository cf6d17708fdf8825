// A PIN or password kept as a salted PBKDF2-SHA256 hash: the right one matches, a wrong one
// does not, every hash has its own salt, the stored text has its one form, PINs the rule
// refuses are refused with a sentence, and a hash tampered with never matches.

#include <support/resulterror.h>
#include <venue/pinhash.h>

#include <QByteArray>
#include <QStringList>
#include <QTest>

using namespace dojo;
using dojo::testsupport::errorOf;

class tst_PinHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void theSaltDiffersEachTime();
    void theStoredForm();
    void theRule_data();
    void theRule();
    void aTamperedHashNeverMatches_data();
    void aTamperedHashNeverMatches();
};

namespace {

// Few rounds, so the rows run fast; the stored count is checked in theStoredForm().
constexpr int kTestRounds = 1000;

QString quickHash(const QString &secret)
{
    return venue::hashPinWith(secret, QByteArray("0123456789abcdef"), kTestRounds);
}

} // namespace

void tst_PinHash::matches_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("tried");
    QTest::addColumn<bool>("match");
    QTest::newRow("right PIN") << quickHash(QStringLiteral("1234")) << QStringLiteral("1234")
                               << true;
    QTest::newRow("wrong PIN") << quickHash(QStringLiteral("1234")) << QStringLiteral("1235")
                               << false;
    QTest::newRow("PIN with a digit more")
        << quickHash(QStringLiteral("1234")) << QStringLiteral("12345") << false;
    QTest::newRow("empty") << quickHash(QStringLiteral("1234")) << QString() << false;
    QTest::newRow("right password") << quickHash(QStringLiteral("cue ball über alles"))
                                    << QStringLiteral("cue ball über alles") << true;
    QTest::newRow("password in other case")
        << quickHash(QStringLiteral("Break And Run")) << QStringLiteral("break and run") << false;
}

void tst_PinHash::matches()
{
    QFETCH(QString, stored);
    QFETCH(QString, tried);
    QFETCH(bool, match);
    QCOMPARE(venue::pinMatches(tried, stored), match);
}

void tst_PinHash::theSaltDiffersEachTime()
{
    const Result<QString> first = venue::hashPin(QStringLiteral("2222"));
    const Result<QString> second = venue::hashPin(QStringLiteral("2222"));
    QVERIFY2(first && second, qPrintable(errorOf(first) + errorOf(second)));
    QVERIFY(*first != *second);
    QCOMPARE(first->split(u'$').at(2).size(), 24); // 16 bytes in base64
    QVERIFY(first->split(u'$').at(2) != second->split(u'$').at(2));
    QVERIFY(venue::pinMatches(QStringLiteral("2222"), *first));
    QVERIFY(venue::pinMatches(QStringLiteral("2222"), *second));
}

void tst_PinHash::theStoredForm()
{
    const Result<QString> stored = venue::hashPin(QStringLiteral("93817264"));
    QVERIFY2(stored, qPrintable(errorOf(stored)));
    const QStringList parts = stored->split(u'$');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts[1].toInt(), venue::kPinHashIterations);
    QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
    QVERIFY(!stored->contains(QStringLiteral("93817264"))); // never the PIN in clear
}

void tst_PinHash::theRule_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("taken");
    QTest::newRow("4 digits") << QStringLiteral("0000") << true;
    QTest::newRow("8 digits") << QStringLiteral("12345678") << true;
    QTest::newRow("12 digits, a password") << QStringLiteral("123456789012") << true;
    QTest::newRow("password of 8") << QStringLiteral("rack'em!") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("3 digits") << QStringLiteral("123") << false;
    QTest::newRow("letters, 7") << QStringLiteral("abcdefg") << false;
    QTest::newRow("digits and a space, 5") << QStringLiteral("12 34") << false;
}

void tst_PinHash::theRule()
{
    QFETCH(QString, secret);
    QFETCH(bool, taken);
    const Result<void> checked = venue::checkPinRule(secret);
    QCOMPARE(bool(checked), taken);
    if (!taken) {
        QCOMPARE(checked.error(),
                 QStringLiteral("A PIN is 4 to 8 digits and a password at least 8 characters."));
        const Result<QString> hashed = venue::hashPin(secret);
        QVERIFY(!hashed);
        QCOMPARE(hashed.error(), checked.error());
    }
}

void tst_PinHash::aTamperedHashNeverMatches_data()
{
    const QString good = quickHash(QStringLiteral("4711"));
    const QStringList parts = good.split(u'$');
    const auto with = [&parts](int index, const QString &value) {
        QStringList changed = parts;
        changed[index] = value;
        return changed.join(u'$');
    };
    QString flipped = parts[3];
    flipped[5] = flipped[5] == u'A' ? u'B' : u'A';
    QTest::addColumn<QString>("stored");
    QTest::newRow("hash changed") << with(3, flipped);
    QTest::newRow("salt changed") << with(2, QString::fromLatin1(QByteArray(16, 'z').toBase64()));
    QTest::newRow("rounds changed") << with(1, QStringLiteral("1001"));
    QTest::newRow("too few rounds") << venue::hashPinWith(QStringLiteral("4711"), "salt", 1);
    QTest::newRow("other scheme") << with(0, QStringLiteral("pbkdf2-sha1"));
    QTest::newRow("not base64") << with(3, QStringLiteral("!!!!"));
    QTest::newRow("short hash") << with(3, QStringLiteral("AAAA"));
    QTest::newRow("a part missing") << parts.mid(0, 3).join(u'$');
    QTest::newRow("the PIN in clear") << QStringLiteral("4711");
    QTest::newRow("empty") << QString();
}

void tst_PinHash::aTamperedHashNeverMatches()
{
    QFETCH(QString, stored);
    QVERIFY(!venue::pinMatches(QStringLiteral("4711"), stored));
}

QTEST_GUILESS_MAIN(tst_PinHash)
#include "tst_pinhash.moc"
