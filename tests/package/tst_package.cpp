// The Debian package as a venue gets it: built by CPack from this build tree into a scratch
// folder, checked by lintian, desktop-file-validate, appstreamcli and systemd-analyze,
// unpacked with dpkg-deb and its program run from there; its man page and bash completion
// hold every command and option the program's own help lists.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Ran
{
    int status = -1;
    QString out;
    QString err;
    QString both() const { return out + err; }
};

Ran runProgram(const QString &program, const QStringList &arguments,
               const QMap<QString, QString> &environment = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        variables.remove(QString::fromLatin1(name));
    variables.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        variables.insert(it.key(), it.value());
    process.setProcessEnvironment(variables);
    process.start(program, arguments);
    Ran ran;
    if (!process.waitForStarted(timeoutMs)) {
        ran.err = program + QStringLiteral(": ") + process.errorString();
        return ran;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        ran.err = program + QStringLiteral(": timed out");
    } else if (process.exitStatus() == QProcess::NormalExit) {
        ran.status = process.exitCode();
    }
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err += QString::fromUtf8(process.readAllStandardError());
    return ran;
}

// The rows of one section of the program's help ("Commands:", "Options:"): the first word or
// the option names of each row.
QStringList helpRows(const QString &help, const QString &title)
{
    QStringList rows;
    bool inside = false;
    for (const QString &line : help.split(u'\n')) {
        if (line == title) {
            inside = true;
            continue;
        }
        if (!inside)
            continue;
        if (line.isEmpty() || !line.startsWith(QLatin1String("  ")))
            break;
        if (line.at(2) != u' ') // a row, not a wrapped description
            rows.append(line.mid(2).section(QStringLiteral("  "), 0, 0));
    }
    return rows;
}

// "-h, --help" and "--port <PORT>" as option names: {"-h", "--help"}, {"--port"}.
QStringList optionNames(const QStringList &rows)
{
    static const QRegularExpression name(QStringLiteral("(?:^|, )(--?[A-Za-z0-9][A-Za-z0-9-]*)"));
    QStringList names;
    for (const QString &row : rows) {
        for (const QRegularExpressionMatch &match : name.globalMatch(row))
            names.append(match.captured(1));
    }
    return names;
}

} // namespace

class tst_Package : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namedAsDebianNamesIt();
    void holdsItsFiles_data();
    void holdsItsFiles();
    void iconsHaveTheirSizes_data();
    void iconsHaveTheirSizes();
    void control();
    void maintainerScripts_data();
    void maintainerScripts();
    void maintainerScriptsDoWhatDebianExpects_data();
    void maintainerScriptsDoWhatDebianExpects();
    void lintian();
    void desktopEntry();
    void metainfo();
    void serviceUnit();
    void serviceIsHardened_data();
    void serviceIsHardened();
    void runsFromTheUnpackedPackage_data();
    void runsFromTheUnpackedPackage();
    void manPageHasNoTroffWarnings();
    void manPageHasEveryCommandAndOption();
    void completionOffersEveryOption_data();
    void completionOffersEveryOption();
    void completionOffersCommandsAndValues_data();
    void completionOffersCommandsAndValues();

private:
    QString unpacked(const QString &path) const { return m_root.filePath(path); }
    QString program() const { return unpacked(QStringLiteral("usr/bin/dojopool")); }
    Ran help(const QStringList &arguments) const;
    // What the program's help says it takes: each command (the window as "") and its options.
    QMap<QString, QStringList> commandsAndOptions() const;

    QTemporaryDir m_scratch;
    QString m_deb;
    QDir m_root;
    QDir m_control;
};

void tst_Package::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    const QString output = m_scratch.filePath(QStringLiteral("out"));
    // The dev tree's package: the same install rules and CPack settings as the release's.
    const Ran cpack = runProgram(
        QStringLiteral(DOJO_CPACK),
        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
         QStringLiteral(DOJO_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), output},
        {}, 400000);
    QVERIFY2(cpack.status == 0, qPrintable(cpack.both()));
    const QStringList debs = QDir(output).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QVERIFY2(debs.size() == 1, qPrintable(debs.join(u' ')));
    m_deb = QDir(output).filePath(debs.front());
    qInfo("%s: %lld bytes", qPrintable(debs.front()), QFileInfo(m_deb).size());

    m_root.setPath(m_scratch.filePath(QStringLiteral("root")));
    m_control.setPath(m_scratch.filePath(QStringLiteral("control")));
    const Ran extract
        = runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root.path()});
    QVERIFY2(extract.status == 0, qPrintable(extract.both()));
    const Ran control
        = runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-e"), m_deb, m_control.path()});
    QVERIFY2(control.status == 0, qPrintable(control.both()));
}

void tst_Package::namedAsDebianNamesIt()
{
    const Ran architecture
        = runProgram(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    QCOMPARE(architecture.status, 0);
    QCOMPARE(QFileInfo(m_deb).fileName(),
             QStringLiteral("dojopool_%1_%2.deb")
                 .arg(QStringLiteral(DOJO_VERSION), architecture.out.trimmed()));
}

void tst_Package::holdsItsFiles_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path :
         {"usr/bin/dojopool", "usr/share/applications/org.dojopool.DojoPool.desktop",
          "usr/share/icons/hicolor/scalable/apps/org.dojopool.DojoPool.svg",
          "usr/share/metainfo/org.dojopool.DojoPool.metainfo.xml",
          "usr/share/man/man1/dojopool.1.gz", "usr/share/bash-completion/completions/dojopool",
          "usr/share/doc/dojopool/copyright", "usr/share/doc/dojopool/changelog.gz",
          "usr/lib/systemd/system/dojopool.service", "etc/dojopool/dojopool.conf"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void tst_Package::holdsItsFiles()
{
    QFETCH(QString, path);
    const QFileInfo file(unpacked(path));
    QVERIFY2(file.isFile(), qPrintable(path));
    QVERIFY(file.size() > 0);
}

void tst_Package::iconsHaveTheirSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 32, 48, 64, 128, 256})
        QTest::addRow("%dx%d", size, size) << size;
}

void tst_Package::iconsHaveTheirSizes()
{
    QFETCH(int, size);
    const QImage icon(unpacked(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/"
                                              "org.dojopool.DojoPool.png")
                                   .arg(size)));
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.size(), QSize(size, size));
    // Drawn, not blank: the cloth's green in the middle of the top edge.
    const QColor cloth = icon.pixelColor(size / 2, size * 3 / 16);
    QVERIFY2(cloth.green() > cloth.red() && cloth.green() > cloth.blue(), qPrintable(cloth.name()));
}

void tst_Package::control()
{
    QFile file(m_control.filePath(QStringLiteral("control")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString control = QString::fromUtf8(file.readAll());
    qInfo("%s", qPrintable(control));
    const QRegularExpression depends(QStringLiteral("^Depends: (.*)$"),
                                     QRegularExpression::MultilineOption);
    const QString needs = depends.match(control).captured(1);
    // From dpkg-shlibdeps: the libraries the binary links, with versions.
    for (const char *library :
         {"libqt6core6", "libqt6widgets6", "libqt6multimedia6", "libopencv-core406", "libc6 (>= "})
        QVERIFY2(needs.contains(QLatin1String(library)), library);
    // And by hand what it loads without linking.
    for (const char *plugin : {"libqt6sql6-sqlite", "gstreamer1.0-plugins-good", "adduser"})
        QVERIFY2(needs.contains(QLatin1String(plugin)), plugin);
    const QRegularExpression recommends(QStringLiteral("^Recommends: (.*)$"),
                                        QRegularExpression::MultilineOption);
    const QString wants = recommends.match(control).captured(1);
    // A chain's PostgreSQL: its driver, and pg_dump for `dojopool backup`.
    for (const char *recommended : {"libqt6sql6-psql", "postgresql-client", "gstreamer1.0-libav"})
        QVERIFY2(wants.contains(QLatin1String(recommended)), recommended);

    QFile conffiles(m_control.filePath(QStringLiteral("conffiles")));
    QVERIFY(conffiles.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(conffiles.readAll()).trimmed(),
             QStringLiteral("/etc/dojopool/dojopool.conf"));
}

void tst_Package::maintainerScripts_data()
{
    QTest::addColumn<QString>("script");
    for (const char *script : {"postinst", "prerm", "postrm"})
        QTest::newRow(script) << QString::fromLatin1(script);
}

void tst_Package::maintainerScripts()
{
    QFETCH(QString, script);
    const QFileInfo file(m_control.filePath(script));
    QVERIFY(file.isFile());
    QVERIFY(file.permissions() & QFileDevice::ExeOther);
    const Ran syntax = runProgram(QStringLiteral("sh"), {QStringLiteral("-n"), file.filePath()});
    QVERIFY2(syntax.status == 0, qPrintable(syntax.both()));
}

void tst_Package::maintainerScriptsDoWhatDebianExpects_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // the commands it runs, in order
    const QString helper = QStringLiteral("deb-systemd-helper ");
    // A first install (here without systemd running: nothing is started).
    QTest::newRow("postinst configure")
        << QStringLiteral("postinst") << QStringList{QStringLiteral("configure")}
        << QStringList{QStringLiteral("adduser --system --group --quiet --home /var/lib/dojopool "
                                      "--no-create-home --gecos DojoPool venue service dojopool"),
                       QStringLiteral("mkdir -p /var/lib/dojopool"),
                       QStringLiteral("chown dojopool:dojopool /var/lib/dojopool"),
                       QStringLiteral("chmod 2770 /var/lib/dojopool"),
                       helper + QStringLiteral("unmask dojopool.service"),
                       helper + QStringLiteral("--quiet was-enabled dojopool.service"),
                       helper + QStringLiteral("enable dojopool.service")};
    // Removed and purged: the unit is masked, then forgotten; the venue's data, the user and
    // the group are left alone.
    QTest::newRow("prerm remove") << QStringLiteral("prerm")
                                  << QStringList{QStringLiteral("remove")} << QStringList{};
    QTest::newRow("postrm remove")
        << QStringLiteral("postrm") << QStringList{QStringLiteral("remove")}
        << QStringList{helper + QStringLiteral("mask dojopool.service")};
    QTest::newRow("postrm purge") << QStringLiteral("postrm")
                                  << QStringList{QStringLiteral("purge")}
                                  << QStringList{helper + QStringLiteral("purge dojopool.service"),
                                                 helper + QStringLiteral("unmask dojopool.service"),
                                                 QStringLiteral("rm -rf /var/cache/dojopool")};
}

void tst_Package::maintainerScriptsDoWhatDebianExpects()
{
    QFETCH(QString, script);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    if (QFileInfo::exists(QStringLiteral("/run/systemd/system"))
        || QFileInfo::exists(QStringLiteral("/var/lib/dojopool"))) {
        QSKIP("this PC runs systemd or has a venue: the scripts would start or keep them");
    }
    // Every command the scripts may run is a stub that writes down how it was called.
    const QDir stubs(m_scratch.filePath(QStringLiteral("stubs")));
    QVERIFY(stubs.mkpath(QStringLiteral(".")));
    const QString log = stubs.filePath(QStringLiteral("calls"));
    QFile::remove(log);
    for (const char *command :
         {"adduser", "mkdir", "chown", "chmod", "rm", "deluser", "userdel", "delgroup",
          "deb-systemd-helper", "deb-systemd-invoke", "systemctl"}) {
        QFile stub(stubs.filePath(QString::fromLatin1(command)));
        QVERIFY(stub.open(QIODevice::WriteOnly));
        stub.write(QByteArray("#!/bin/sh\necho \"") + command + "\" \"$@\" >> '" + log.toUtf8()
                   + "'\n");
        stub.close();
        QVERIFY(stub.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ExeOwner));
    }
    const Ran ran
        = runProgram(QStringLiteral("sh"), QStringList{m_control.filePath(script)} + arguments,
                     {{QStringLiteral("PATH"), stubs.path() + QStringLiteral(":/usr/bin:/bin")}});
    QVERIFY2(ran.status == 0, qPrintable(ran.both()));
    QFile calls(log);
    const QStringList made
        = calls.open(QIODevice::ReadOnly)
              ? QString::fromUtf8(calls.readAll()).split(u'\n', Qt::SkipEmptyParts)
              : QStringList();
    QCOMPARE(made, expected);
}

void tst_Package::lintian()
{
    // --info explains each tag; no error may stay, the warnings and notes are listed here.
    const Ran lintian = runProgram(QStringLiteral("lintian"),
                                   {QStringLiteral("--info"), QStringLiteral("--display-info"),
                                    QStringLiteral("--pedantic"), m_deb},
                                   {}, 280000);
    QStringList tags;
    for (const QString &line : lintian.out.split(u'\n')) {
        if (QRegularExpression(QStringLiteral("^[EWIPX]: ")).match(line).hasMatch())
            tags.append(line);
    }
    qInfo("lintian: %lld tags%s%s", static_cast<long long>(tags.size()), tags.isEmpty() ? "" : "\n",
          qPrintable(tags.join(u'\n')));
    QVERIFY2(lintian.status == 0, qPrintable(lintian.both()));
    for (const QString &tag : tags)
        QVERIFY2(!tag.startsWith(QLatin1String("E: ")), qPrintable(tag));
}

void tst_Package::desktopEntry()
{
    const Ran validate = runProgram(
        QStringLiteral("desktop-file-validate"),
        {unpacked(QStringLiteral("usr/share/applications/org.dojopool.DojoPool.desktop"))});
    QVERIFY2(validate.status == 0, qPrintable(validate.both()));
    QVERIFY2(validate.both().trimmed().isEmpty(), qPrintable(validate.both()));
}

void tst_Package::metainfo()
{
    const QString file = unpacked(QStringLiteral("usr/share/metainfo/"
                                                 "org.dojopool.DojoPool.metainfo.xml"));
    const Ran validate = runProgram(QStringLiteral("appstreamcli"),
                                    {QStringLiteral("validate"), QStringLiteral("--no-net"), file});
    QVERIFY2(validate.status == 0, qPrintable(validate.both()));
    qInfo("%s", qPrintable(validate.both().trimmed()));
    // This version's release notes, and screenshots.
    QFile xml(file);
    QVERIFY(xml.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(xml.readAll());
    QVERIFY(text.contains(QStringLiteral("<release version=\"" DOJO_VERSION "\"")));
    QVERIFY(text.contains(QStringLiteral("<screenshot type=\"default\">")));
}

void tst_Package::serviceUnit()
{
    // Offline, in a root of its own: the package's files with this system's units beside them
    // (the targets it is ordered after), so neither a running systemd nor an installed
    // dojopool is needed.
    const QString root = m_scratch.filePath(QStringLiteral("verify-root"));
    const QString units = root + QStringLiteral("/usr/lib/systemd/system");
    const Ran copy = runProgram(QStringLiteral("cp"), {QStringLiteral("-a"), m_root.path(), root});
    QVERIFY2(copy.status == 0, qPrintable(copy.both()));
    const Ran system
        = runProgram(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral("--no-clobber"),
                                            QStringLiteral("/lib/systemd/system/."), units});
    QVERIFY2(system.status == 0, qPrintable(system.both()));
    const QString unit = units + QStringLiteral("/dojopool.service");
    const Ran verify = runProgram(QStringLiteral("systemd-analyze"),
                                  {QStringLiteral("verify"), QStringLiteral("--man=no"),
                                   QStringLiteral("--root=") + root, unit});
    QVERIFY2(verify.status == 0, qPrintable(verify.both()));
    QVERIFY2(verify.both().trimmed().isEmpty(), qPrintable(verify.both()));

    // What systemd-analyze security makes of the hardening: "OK" is under 2 of 10 here.
    const Ran security = runProgram(QStringLiteral("systemd-analyze"),
                                    {QStringLiteral("security"), QStringLiteral("--offline=yes"),
                                     QStringLiteral("--root=") + root, unit});
    const QRegularExpression overall(
        QStringLiteral("Overall exposure level for dojopool.service: ([0-9.]+)"));
    const QRegularExpressionMatch exposure = overall.match(security.out);
    QVERIFY2(exposure.hasMatch(), qPrintable(security.both()));
    qInfo("%s", qPrintable(exposure.captured(0)));
    QVERIFY2(exposure.captured(1).toDouble() < 2.0, qPrintable(security.out));
}

void tst_Package::serviceIsHardened_data()
{
    QTest::addColumn<QString>("line");
    for (const char *line :
         {"ExecStart=/usr/bin/dojopool serve", "User=dojopool", "StateDirectory=dojopool",
          "Restart=on-failure", "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes",
          "PrivateTmp=yes", "DevicePolicy=closed", "SupplementaryGroups=video",
          "SocketBindDeny=any", "SocketBindAllow=tcp:8080", "UMask=0007", "StandardError=journal"})
        QTest::newRow(line) << QString::fromLatin1(line);
}

void tst_Package::serviceIsHardened()
{
    QFETCH(QString, line);
    QFile unit(unpacked(QStringLiteral("usr/lib/systemd/system/dojopool.service")));
    QVERIFY(unit.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(unit.readAll()).split(u'\n').contains(line), qPrintable(line));
}

void tst_Package::runsFromTheUnpackedPackage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("dojopool " DOJO_VERSION "\n");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringLiteral("Usage: dojopool [COMMAND]");
    QTest::newRow("serve --help") << QStringList{QStringLiteral("serve"), QStringLiteral("--help")}
                                  << QStringLiteral("Usage: dojopool serve [OPTIONS]");
}

void tst_Package::runsFromTheUnpackedPackage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Ran ran = help(arguments);
    QVERIFY2(ran.status == 0, qPrintable(ran.both()));
    QVERIFY2(ran.out.startsWith(expected), qPrintable(ran.out));
    QVERIFY2(ran.err.isEmpty(), qPrintable(ran.err));
}

void tst_Package::manPageHasNoTroffWarnings()
{
    const Ran man = runProgram(QStringLiteral("man"),
                               {QStringLiteral("--warnings=all"), QStringLiteral("-l"),
                                unpacked(QStringLiteral("usr/share/man/man1/dojopool.1.gz"))},
                               {{QStringLiteral("MANWIDTH"), QStringLiteral("80")},
                                {QStringLiteral("MANPAGER"), QStringLiteral("cat")},
                                {QStringLiteral("PAGER"), QStringLiteral("cat")}});
    QVERIFY2(man.status == 0, qPrintable(man.err));
    QVERIFY2(man.err.isEmpty(), qPrintable(man.err));
    QVERIFY(man.out.contains(QStringLiteral("dojopool - run a pool venue")));
}

void tst_Package::manPageHasEveryCommandAndOption()
{
    const Ran source = runProgram(
        QStringLiteral("gzip"),
        {QStringLiteral("-dc"), unpacked(QStringLiteral("usr/share/man/man1/dojopool.1.gz"))});
    QCOMPARE(source.status, 0);
    const QString page = QString(source.out).replace(QStringLiteral("\\-"), QStringLiteral("-"));
    // Each command's section (.SS "dojopool NAME ...") holds each option its help lists.
    QMap<QString, QString> sections;
    for (const QString &part : page.split(QStringLiteral("\n.SS "))) {
        static const QRegularExpression heading(
            QStringLiteral("^\"\\\\fBdojopool(?: ([a-z-]+))?\\\\fR"));
        const QRegularExpressionMatch match = heading.match(part);
        if (match.hasMatch())
            sections.insert(match.captured(1), part.section(QStringLiteral("\n.SH "), 0, 0));
    }
    const QMap<QString, QStringList> known = commandsAndOptions();
    QVERIFY(known.size() > 10);
    for (auto it = known.begin(); it != known.end(); ++it) {
        const QString command = it.key().isEmpty() ? QStringLiteral("(the window)") : it.key();
        QVERIFY2(sections.contains(it.key()), qPrintable(command));
        for (const QString &option : it.value()) {
            if (option == QLatin1String("-h") || option == QLatin1String("--help")
                || option == QLatin1String("-v") || option == QLatin1String("--version"))
                continue; // every command's: in OPTIONS
            QVERIFY2(sections.value(it.key()).contains(QStringLiteral("\\fB") + option
                                                       + QStringLiteral("\\fR")),
                     qPrintable(command + u' ' + option));
        }
    }
    QVERIFY(sections.contains(QStringLiteral("help")));
    const QString options = page.section(QStringLiteral("\n.SH OPTIONS\n"), 1)
                                .section(QStringLiteral("\n.SH "), 0, 0);
    for (const char *option : {"\\fB-h\\fR, \\fB--help\\fR", "\\fB-v\\fR, \\fB--version\\fR"})
        QVERIFY2(options.contains(QLatin1String(option)), option);
    for (const char *section :
         {"\n.SH NAME\n", "\n.SH SYNOPSIS\n", "\n.SH DESCRIPTION\n", "\n.SH COMMANDS\n",
          "\n.SH FILES\n", "\n.SH ENVIRONMENT\n", "\n.SH EXIT STATUS\n", "\n.SH SEE ALSO\n"})
        QVERIFY2(page.contains(QLatin1String(section)), section);
    for (const char *word : {"/etc/dojopool/dojopool.conf", "DOJOPOOL_CONFIG",
                             "adduser NAME dojopool", "journalctl -u dojopool"})
        QVERIFY2(page.contains(QLatin1String(word)), word);
}

void tst_Package::completionOffersEveryOption_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    const QMap<QString, QStringList> known = commandsAndOptions();
    for (auto it = known.begin(); it != known.end(); ++it) {
        QTest::newRow(it.key().isEmpty() ? "(the window)" : qPrintable(it.key()))
            << it.key() << it.value();
    }
}

void tst_Package::completionOffersEveryOption()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    // `dojopool COMMAND -<TAB>`, as bash asks for it.
    const QString words = command.isEmpty() ? QStringLiteral("dojopool -")
                                            : QStringLiteral("dojopool %1 -").arg(command);
    const Ran bash = runProgram(
        QStringLiteral("bash"),
        {QStringLiteral("-c"),
         QStringLiteral("source \"$0\" && COMP_WORDS=(%1) && COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) "
                        "&& _dojopool && printf '%s\\n' \"${COMPREPLY[@]}\"")
             .arg(words),
         unpacked(QStringLiteral("usr/share/bash-completion/completions/dojopool"))});
    QVERIFY2(bash.status == 0, qPrintable(bash.both()));
    QStringList offered = bash.out.split(u'\n', Qt::SkipEmptyParts);
    offered.sort();
    options.sort();
    QCOMPARE(offered, options);
}

void tst_Package::completionOffersCommandsAndValues_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QStringList>("expected");
    QStringList commands = commandsAndOptions().keys();
    commands.removeAll(QString());
    commands.append(QStringLiteral("help"));
    commands.sort();
    QTest::newRow("a command") << QStringLiteral("dojopool ''") << commands;
    QTest::newRow("a command after an option")
        << QStringLiteral("dojopool --data-dir /tmp se") << QStringList{QStringLiteral("serve")};
    QTest::newRow("help's command")
        << QStringLiteral("dojopool help s")
        << QStringList{QStringLiteral("serve"), QStringLiteral("simulate")};
    QTest::newRow("serve --cameras") << QStringLiteral("dojopool serve --cameras ''")
                                     << QStringList{QStringLiteral("off"), QStringLiteral("on")};
    QTest::newRow("a value to type") << QStringLiteral("dojopool serve --port ''") << QStringList{};
}

void tst_Package::completionOffersCommandsAndValues()
{
    QFETCH(QString, words);
    QFETCH(QStringList, expected);
    const Ran bash = runProgram(
        QStringLiteral("bash"),
        {QStringLiteral("-c"),
         QStringLiteral("source \"$0\" && COMP_WORDS=(%1) && COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) "
                        "&& _dojopool && printf '%s\\n' \"${COMPREPLY[@]}\"")
             .arg(words),
         unpacked(QStringLiteral("usr/share/bash-completion/completions/dojopool"))});
    QVERIFY2(bash.status == 0, qPrintable(bash.both()));
    QStringList offered = bash.out.split(u'\n', Qt::SkipEmptyParts);
    offered.sort();
    QCOMPARE(offered, expected);
}

Ran tst_Package::help(const QStringList &arguments) const
{
    return runProgram(program(), arguments,
                      {{QStringLiteral("HOME"), m_scratch.path()},
                       {QStringLiteral("DOJOPOOL_CONFIG"), QString()}});
}

QMap<QString, QStringList> tst_Package::commandsAndOptions() const
{
    QMap<QString, QStringList> known;
    const Ran general = help({QStringLiteral("--help")});
    if (general.status != 0)
        return known;
    known.insert(QString(),
                 optionNames(helpRows(general.out, QStringLiteral("Options of every command:")))
                     + optionNames(helpRows(
                         general.out, QStringLiteral("Options of the window (no command):"))));
    for (const QString &row : helpRows(general.out, QStringLiteral("Commands:"))) {
        const QString command = row.section(u' ', 0, 0);
        if (command == QLatin1String("(none)") || command == QLatin1String("help"))
            continue;
        const Ran own = help({QStringLiteral("help"), command});
        known.insert(command, optionNames(helpRows(own.out, QStringLiteral("Options:"))));
    }
    return known;
}

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
