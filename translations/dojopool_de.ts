<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Live</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text of 1 to %2 characters.</source>
        <translation>„%1“ muss ein Text mit 1 bis %2 Zeichen sein.</translation>
    </message>
    <message>
        <source>This venue speaks protocol %1, not %2.</source>
        <translation>Dieser Salon spricht Protokoll %1, nicht %2.</translation>
    </message>
    <message>
        <source>&quot;k&quot; must be the token of the table&apos;s link.</source>
        <translation>&quot;k&quot; muss das Token aus dem Link des Tisches sein.</translation>
    </message>
    <message>
        <source>&quot;seq&quot; must be the last seq the client saw.</source>
        <translation>&quot;seq&quot; muss die letzte seq sein, die der Client gesehen hat.</translation>
    </message>
    <message>
        <source>&quot;game&quot; must be eight-ball, nine-ball, ten-ball or straight-pool.</source>
        <translation>&quot;game&quot; muss eight-ball, nine-ball, ten-ball oder straight-pool sein.</translation>
    </message>
    <message>
        <source>&quot;players&quot; must name the two players.</source>
        <translation>&quot;players&quot; muss die beiden Spieler nennen.</translation>
    </message>
    <message>
        <source>Each player&apos;s name must be 1 to %1 characters.</source>
        <translation>Der Name jedes Spielers muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The two players need different names.</source>
        <translation>Die beiden Spieler brauchen verschiedene Namen.</translation>
    </message>
    <message>
        <source>&quot;pocket&quot; must name a pocket, such as foot-left.</source>
        <translation>&quot;pocket&quot; muss eine Tasche nennen, etwa foot-left.</translation>
    </message>
    <message>
        <source>&quot;choice&quot; must be one of the options a ruling offers.</source>
        <translation>&quot;choice&quot; muss eine der Optionen sein, die eine Entscheidung anbietet.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>Die Nachricht ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The message has no &quot;type&quot;.</source>
        <translation>Die Nachricht hat kein &quot;type&quot;.</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation>Unbekannter Nachrichtentyp „%1“.</translation>
    </message>
    <message>
        <source>cannot serve the live games on port %1: %2</source>
        <translation>die Live-Spiele können nicht auf Port %1 bereitgestellt werden: %2</translation>
    </message>
    <message>
        <source>The table was removed.</source>
        <translation>Der Tisch wurde entfernt.</translation>
    </message>
    <message>
        <source>The live games are served at /ws.</source>
        <translation>Die Live-Spiele gibt es unter /ws.</translation>
    </message>
    <message>
        <source>The venue&apos;s server is full: try again in a minute.</source>
        <translation>Der Server des Salons ist voll: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Messages are JSON text, not binary.</source>
        <translation>Nachrichten sind JSON-Text, nicht binär.</translation>
    </message>
    <message>
        <source>Too many messages: at most %1 a second.</source>
        <translation>Zu viele Nachrichten: höchstens %1 pro Sekunde.</translation>
    </message>
    <message>
        <source>This connection has joined a table already.</source>
        <translation>Diese Verbindung ist bereits einem Tisch beigetreten.</translation>
    </message>
    <message>
        <source>The first message must be &quot;join&quot;.</source>
        <translation>Die erste Nachricht muss &quot;join&quot; sein.</translation>
    </message>
    <message>
        <source>Spectators only watch: &quot;%1&quot; needs the table&apos;s card.</source>
        <translation>Zuschauer schauen nur zu: „%1“ braucht die Karte des Tisches.</translation>
    </message>
    <message>
        <source>This venue has no table &quot;%1&quot;.</source>
        <translation>Dieser Salon hat keinen Tisch „%1“.</translation>
    </message>
    <message>
        <source>This card&apos;s code is not valid any more: scan the card on the table again, or ask the desk for a new one.</source>
        <translation>Der Code dieser Karte gilt nicht mehr: Scannen Sie die Karte am Tisch erneut oder holen Sie am Empfang eine neue.</translation>
    </message>
    <message>
        <source>The connection reads too slowly: join again.</source>
        <translation>Die Verbindung liest zu langsam: Treten Sie erneut bei.</translation>
    </message>
    <message>
        <source>Nothing was heard for %1 seconds.</source>
        <translation>%1 Sekunden lang kam nichts an.</translation>
    </message>
    <message>
        <source>No match is being played at this table: set one up first.</source>
        <translation>An diesem Tisch läuft kein Match: Richten Sie zuerst eines ein.</translation>
    </message>
    <message>
        <source>%1&apos;s seat is taken on another phone.</source>
        <translation>Der Platz von %1 ist schon auf einem anderen Handy vergeben.</translation>
    </message>
    <message>
        <source>Sit down first: choose which player you are.</source>
        <translation>Setzen Sie sich zuerst: Wählen Sie, welcher Spieler Sie sind.</translation>
    </message>
    <message>
        <source>This table has no automatic referee running.</source>
        <translation>An diesem Tisch läuft kein automatischer Schiedsrichter.</translation>
    </message>
    <message>
        <source>%1 already has a match: %2 against %3.</source>
        <translation>%1 hat bereits ein Match: %2 gegen %3.</translation>
    </message>
    <message>
        <source>A player</source>
        <translation>Ein Spieler</translation>
    </message>
    <message>
        <source>This venue has no tournament %1.</source>
        <translation>Dieser Salon hat kein Turnier %1.</translation>
    </message>
</context>
<context>
    <name>dojo::app</name>
    <message>
        <source>Show this help; after a command, that command&apos;s.</source>
        <translation>Diese Hilfe zeigen; nach einem Befehl die Hilfe dieses Befehls.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version zeigen.</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>das Fenster</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 is an option of %2; %3 does not take it</source>
        <translation>%1 ist eine Option für %2; %3 nimmt sie nicht an</translation>
    </message>
    <message>
        <source>%1 (see dojopool %2 --help)</source>
        <translation>%1 (siehe dojopool %2 --help)</translation>
    </message>
    <message>
        <source>%1 (see dojopool --help)</source>
        <translation>%1 (siehe dojopool --help)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation>[BEFEHL]</translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s arguments and options</source>
        <translation>diese Hilfe zeigen, oder die Argumente und Optionen eines Befehls</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Optionen jedes Befehls:</translation>
    </message>
    <message>
        <source>Options of the window (no command):</source>
        <translation>Optionen des Fensters (kein Befehl):</translation>
    </message>
    <message>
        <source>[COMMAND] [ARGUMENTS] [OPTIONS]</source>
        <translation>[BEFEHL] [ARGUMENTE] [OPTIONEN]</translation>
    </message>
    <message>
        <source>DojoPool runs a pool venue: table cameras, the automatic referee, players&apos; phones and the front desk.</source>
        <translation>DojoPool betreibt einen Billardsalon: Tischkameras, den automatischen Schiedsrichter, die Handys der Spieler und den Empfang.</translation>
    </message>
    <message>
        <source>&quot;dojopool help COMMAND&quot; or &quot;dojopool COMMAND --help&quot; shows a command&apos;s arguments and options.</source>
        <translation>„dojopool help BEFEHL“ oder „dojopool BEFEHL --help“ zeigt die Argumente und Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPTIONEN]</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>window open on &quot;%1&quot; with %2 tables, database %3</source>
        <translation>Fenster offen für „%1“ mit %2 Tischen, Datenbank %3</translation>
    </message>
    <message>
        <source>open the front desk window on the venue floor</source>
        <translation>das Empfangsfenster mit dem Saal öffnen</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); run &quot;dojopool serve&quot; to run the venue without a window</source>
        <translation>kein Bildschirm für das Fenster (DISPLAY ist nicht gesetzt); „dojopool serve“ betreibt den Salon ohne Fenster</translation>
    </message>
    <message>
        <source>rule rack scenarios (dojopool-rack/1), one JSON line per step</source>
        <translation>Rack-Szenarien (dojopool-rack/1) bewerten, eine JSON-Zeile pro Schritt</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>rack scenario files (dojopool-rack/1), ruled one after the other</source>
        <translation>Szenario-Dateien (dojopool-rack/1), eine nach der anderen bewertet</translation>
    </message>
    <message>
        <source>referee needs at least one scenario file</source>
        <translation>referee braucht mindestens eine Szenario-Datei</translation>
    </message>
    <message>
        <source>cannot watch for stop signals: %1</source>
        <translation>Stoppsignale können nicht überwacht werden: %1</translation>
    </message>
    <message>
        <source>stopping on %1</source>
        <translation>wird wegen %1 beendet</translation>
    </message>
    <message>
        <source>created the demo venue on this first start</source>
        <translation>beim ersten Start wurde der Demo-Salon angelegt</translation>
    </message>
    <message>
        <source>venue &quot;%1&quot;: %2 tables, %3 players</source>
        <translation>Salon „%1“: %2 Tische, %3 Spieler</translation>
    </message>
    <message>
        <source>resumed the match at %1</source>
        <translation>Match fortgesetzt an %1</translation>
    </message>
    <message>
        <source>DojoPool %1 serving from %2 (data folder %3)</source>
        <translation>DojoPool %1 läuft mit %2 (Datenordner %3)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>run the venue without a window (for a server or a back-room PC)</source>
        <translation>den Salon ohne Fenster betreiben (für einen Server oder einen PC im Hinterzimmer)</translation>
    </message>
    <message>
        <source>simulate needs exactly one shot file</source>
        <translation>simulate braucht genau eine Stoß-Datei</translation>
    </message>
    <message>
        <source>--sample needs a rate in Hz above 0 and up to 100000</source>
        <translation>--sample braucht eine Rate in Hz über 0 und bis 100000</translation>
    </message>
    <message>
        <source>--repeat needs a whole number of at least 1</source>
        <translation>--repeat braucht eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>kein JSON: %1 bei Zeichen %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1 ms (%2 microseconds per run)</source>
        <translation>
            <numerusform>%n Durchlauf in %1 ms (%2 Mikrosekunden pro Durchlauf)</numerusform>
            <numerusform>%n Durchläufe in %1 ms (%2 Mikrosekunden pro Durchlauf)</numerusform>
        </translation>
    </message>
    <message>
        <source>simulate one shot on the physics engine and print it as JSON</source>
        <translation>einen Stoß mit der Physik simulieren und als JSON ausgeben</translation>
    </message>
    <message>
        <source>SHOT.json</source>
        <translation>STOSS.json</translation>
    </message>
    <message>
        <source>the shot: the table, the balls and the cue&apos;s strike, as JSON (docs/physics.md)</source>
        <translation>der Stoß: Tisch, Kugeln und der Stoß des Queues, als JSON (docs/physics.md)</translation>
    </message>
    <message>
        <source>Add each ball&apos;s path sampled this many times a second.</source>
        <translation>Die Bahn jeder Kugel so oft pro Sekunde abgetastet ausgeben.</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>Run the shot this many times and report the time on stderr.</source>
        <translation>Den Stoß so oft rechnen und die Zeit auf stderr melden.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>the data folder %1 is a file, not a folder</source>
        <translation>der Datenordner %1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the data folder %1 cannot be written (%2)</source>
        <translation>in den Datenordner %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>no data folder: set HOME or pass --data-dir DIR</source>
        <translation>kein Datenordner: HOME setzen oder --data-dir ORDNER angeben</translation>
    </message>
    <message>
        <source>bad --database URL: %1</source>
        <translation>ungültige --database-URL: %1</translation>
    </message>
    <message>
        <source>Use this database instead of the SQLite file in the data folder: postgresql://user:password@host:port/database or sqlite:PATH.</source>
        <translation>Diese Datenbank statt der SQLite-Datei im Datenordner verwenden: postgresql://benutzer:passwort@host:port/datenbank oder sqlite:PFAD.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep the venue&apos;s database, settings and logs in this folder.</source>
        <translation>Datenbank, Einstellungen und Protokolle des Salons in diesem Ordner ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>--database needs a URL</source>
        <translation>--database braucht eine URL</translation>
    </message>
    <message>
        <source>--data-dir needs a folder</source>
        <translation>--data-dir braucht einen Ordner</translation>
    </message>
    <message>
        <source>cannot read the venue: %1</source>
        <translation>der Salon kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot resume the match at %1: %2</source>
        <translation>das Match an %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>play needs exactly one source</source>
        <translation>play braucht genau eine Quelle</translation>
    </message>
    <message>
        <source>--table is 7ft, 8ft, 8ft-oversized or 9ft, not &quot;%1&quot;</source>
        <translation>--table ist 7ft, 8ft, 8ft-oversized oder 9ft, nicht „%1“</translation>
    </message>
    <message>
        <source>show one source on the table screen, to set up a camera</source>
        <translation>eine Quelle auf dem Tischbildschirm zeigen, um eine Kamera einzurichten</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>a video file, an image, a folder of images, a stream URL, camera:N or sim:SEED (docs/cameras.md)</source>
        <translation>eine Videodatei, ein Bild, ein Bilderordner, eine Stream-URL, camera:N oder sim:SEED (docs/cameras.md)</translation>
    </message>
    <message>
        <source>The table&apos;s size for the drawing from above: 7ft, 8ft, 8ft-oversized or 9ft (default 9ft, or the simulated table&apos;s).</source>
        <translation>Die Größe des Tisches für die Zeichnung von oben: 7ft, 8ft, 8ft-oversized oder 9ft (Standard 9ft, oder die des simulierten Tisches).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 braucht eine Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>render takes no arguments, only options</source>
        <translation>render nimmt keine Argumente an, nur Optionen</translation>
    </message>
    <message>
        <source>render needs --%1</source>
        <translation>render braucht --%1</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more</source>
        <translation>--seed braucht eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>--shots needs a whole number from 1 to 100000</source>
        <translation>--shots braucht eine ganze Zahl von 1 bis 100000</translation>
    </message>
    <message>
        <source>--out needs a folder</source>
        <translation>--out braucht einen Ordner</translation>
    </message>
    <message>
        <source>--game is 8-ball or 9-ball, not &quot;%1&quot;</source>
        <translation>--game ist 8-ball oder 9-ball, nicht „%1“</translation>
    </message>
    <message>
        <source>--resolution needs WIDTHxHEIGHT in even pixels from 64x64 to 7680x4320, such as 1920x1080</source>
        <translation>--resolution braucht BREITExHÖHE in geraden Pixelzahlen von 64x64 bis 7680x4320, etwa 1920x1080</translation>
    </message>
    <message>
        <source>--codec is mjpg, h264 or ffv1, not &quot;%1&quot;</source>
        <translation>--codec ist mjpg, h264 oder ffv1, nicht „%1“</translation>
    </message>
    <message>
        <source>frame %1, shot %2 of %3</source>
        <translation>Bild %1, Stoß %2 von %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 frames (%2 s of video, %n shot(s)) in %3 s: %4 and %5</source>
        <translation>
            <numerusform>%1 Bilder (%2 s Video, %n Stoß) in %3 s: %4 und %5</numerusform>
            <numerusform>%1 Bilder (%2 s Video, %n Stöße) in %3 s: %4 und %5</numerusform>
        </translation>
    </message>
    <message>
        <source>film the simulated table: a video and its ground truth</source>
        <translation>den simulierten Tisch filmen: ein Video und seine Referenzdaten</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same video and truth.</source>
        <translation>Der Startwert: Derselbe Startwert ergibt dasselbe Video und dieselben Referenzdaten.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>How many shots to film, from the break.</source>
        <translation>Wie viele Stöße gefilmt werden, ab dem Anstoß.</translation>
    </message>
    <message>
        <source>The folder for video.mp4 (or .avi, .mkv) and truth.jsonl.</source>
        <translation>Der Ordner für video.mp4 (oder .avi, .mkv) und truth.jsonl.</translation>
    </message>
    <message>
        <source>8-ball or 9-ball (default 9-ball).</source>
        <translation>8-ball oder 9-ball (Standard 9-ball).</translation>
    </message>
    <message>
        <source>GAME</source>
        <translation>SPIEL</translation>
    </message>
    <message>
        <source>The table: 7ft, 8ft, 8ft-oversized or 9ft (default 9ft).</source>
        <translation>Der Tisch: 7ft, 8ft, 8ft-oversized oder 9ft (Standard 9ft).</translation>
    </message>
    <message>
        <source>The camera&apos;s picture (default 1920x1080).</source>
        <translation>Die Bildgröße der Kamera (Standard 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Frames per second (default 60).</source>
        <translation>Bilder pro Sekunde (Standard 60).</translation>
    </message>
    <message>
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <source>The lens&apos;s height above the bed in mm (default 2500).</source>
        <translation>Die Höhe des Objektivs über der Spielfläche in mm (Standard 2500).</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>The camera&apos;s tilt toward the foot rail in degrees (default 1.5).</source>
        <translation>Die Neigung der Kamera zur Fußbande in Grad (Standard 1.5).</translation>
    </message>
    <message>
        <source>DEGREES</source>
        <translation>GRAD</translation>
    </message>
    <message>
        <source>Radial lens distortion k1; below 0 bows the rails out (default -0.04).</source>
        <translation>Radiale Verzeichnung des Objektivs k1; unter 0 wölben sich die Banden nach außen (Standard -0.04).</translation>
    </message>
    <message>
        <source>K1</source>
        <translation>K1</translation>
    </message>
    <message>
        <source>Sensor noise in 8-bit levels (default 2).</source>
        <translation>Sensorrauschen in 8-Bit-Stufen (Standard 2).</translation>
    </message>
    <message>
        <source>LEVELS</source>
        <translation>STUFEN</translation>
    </message>
    <message>
        <source>The shutter&apos;s time in seconds, for motion blur (default 0.0083).</source>
        <translation>Die Belichtungszeit in Sekunden, für Bewegungsunschärfe (Standard 0.0083).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>The players&apos; mean pause between shots in seconds (default 4).</source>
        <translation>Die mittlere Pause der Spieler zwischen den Stößen in Sekunden (Standard 4).</translation>
    </message>
    <message>
        <source>h264 (MP4, default), mjpg (AVI) or ffv1 (MKV, lossless).</source>
        <translation>h264 (MP4, Standard), mjpg (AVI) oder ffv1 (MKV, verlustfrei).</translation>
    </message>
    <message>
        <source>CODEC</source>
        <translation>CODEC</translation>
    </message>
    <message>
        <source>%1: the camera is running</source>
        <translation>%1: die Kamera läuft</translation>
    </message>
    <message>
        <source>%1: the camera failed: %2</source>
        <translation>%1: die Kamera ist ausgefallen: %2</translation>
    </message>
    <message>
        <source>on: show every table&apos;s camera (the default); off: run without them.</source>
        <translation>on: die Kamera jedes Tisches zeigen (Standard); off: ohne Kameras laufen.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>--cameras is on or off, not &quot;%1&quot;</source>
        <translation>--cameras ist on oder off, nicht „%1“</translation>
    </message>
    <message>
        <source>The camera source &quot;%1&quot; cannot be used: %2</source>
        <translation>Die Kameraquelle „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>cannot write the video %1 as %2 (OpenCV&apos;s writer refused)</source>
        <translation>das Video %1 kann nicht als %2 geschrieben werden (der Writer von OpenCV hat abgelehnt)</translation>
    </message>
    <message>
        <source>a frame of %1x%2 does not fit the video&apos;s %3x%4</source>
        <translation>ein Bild mit %1x%2 passt nicht zu den %3x%4 des Videos</translation>
    </message>
    <message>
        <source>showing %1 on the table screen</source>
        <translation>zeige %1 auf dem Tischbildschirm</translation>
    </message>
    <message>
        <source>track needs exactly one input</source>
        <translation>track braucht genau eine Eingabe</translation>
    </message>
    <message>
        <source>track needs --out FILE.jsonl</source>
        <translation>track braucht --out DATEI.jsonl</translation>
    </message>
    <message>
        <source>--fps needs a number above 0 and up to 1000</source>
        <translation>--fps braucht eine Zahl über 0 und bis 1000</translation>
    </message>
    <message>
        <source>cannot find the table in %1: %2</source>
        <translation>der Tisch ist in %1 nicht zu finden: %2</translation>
    </message>
    <message numerus="yes">
        <source>frame %1, %n shot(s)</source>
        <translation>
            <numerusform>Bild %1, %n Stoß</numerusform>
            <numerusform>Bild %1, %n Stöße</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 frames and %n shot(s) in %2 s (%3 ms a frame): %4</source>
        <translation>
            <numerusform>%1 Bilder und %n Stoß in %2 s (%3 ms pro Bild): %4</numerusform>
            <numerusform>%1 Bilder und %n Stöße in %2 s (%3 ms pro Bild): %4</numerusform>
        </translation>
    </message>
    <message>
        <source>track the balls in a video, images or the simulated table</source>
        <translation>die Kugeln in einem Video, in Bildern oder auf dem simulierten Tisch verfolgen</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>EINGABE</translation>
    </message>
    <message>
        <source>a video file, an image, a folder of images or sim:SEED</source>
        <translation>eine Videodatei, ein Bild, ein Bilderordner oder sim:SEED</translation>
    </message>
    <message>
        <source>The tracking log to write: a JSON line per frame and per shot (docs/tracking.md).</source>
        <translation>Das zu schreibende Tracking-Protokoll: eine JSON-Zeile pro Bild und pro Stoß (docs/tracking.md).</translation>
    </message>
    <message>
        <source>FILE.jsonl</source>
        <translation>DATEI.jsonl</translation>
    </message>
    <message>
        <source>X,Y;X,Y;X,Y;X,Y</source>
        <translation>X,Y;X,Y;X,Y;X,Y</translation>
    </message>
    <message>
        <source>With sim:SEED, how many shots to film (default 10).</source>
        <translation>Mit sim:SEED: wie viele Stöße gefilmt werden (Standard 10).</translation>
    </message>
    <message>
        <source>Images per second of a folder of images (default 60).</source>
        <translation>Bilder pro Sekunde eines Bilderordners (Standard 60).</translation>
    </message>
    <message>
        <source>the folder %1 holds no images</source>
        <translation>der Ordner %1 enthält keine Bilder</translation>
    </message>
    <message>
        <source>the image %1 cannot be read</source>
        <translation>das Bild %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the video %1 cannot be read</source>
        <translation>das Video %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>track reads a video file, an image, a folder of images or sim:SEED, not %1</source>
        <translation>track liest eine Videodatei, ein Bild, einen Bilderordner oder sim:SEED, nicht %1</translation>
    </message>
    <message>
        <source>%1: shot %2: %3</source>
        <translation>%1: Stoß %2: %3</translation>
    </message>
    <message>
        <source>%1: shot %2 waits for a referee: %3</source>
        <translation>%1: Stoß %2 wartet auf einen Schiedsrichter: %3</translation>
    </message>
    <message>
        <source>--corners needs four pixels X,Y;X,Y;X,Y;X,Y: the head-left, foot-left, head-right and foot-right corners of the playing surface</source>
        <translation>--corners braucht vier Pixelpositionen X,Y;X,Y;X,Y;X,Y: die Ecken der Spielfläche Kopfende links, Fußende links, Kopfende rechts und Fußende rechts</translation>
    </message>
    <message>
        <source>The playing surface&apos;s corners in pixels instead of finding them: head-left, foot-left, head-right, foot-right.</source>
        <translation>Die Ecken der Spielfläche in Pixeln, statt sie zu suchen: Kopfende links, Fußende links, Kopfende rechts, Fußende rechts.</translation>
    </message>
    <message>
        <source>The simulated table started a new game.</source>
        <translation>Der simulierte Tisch hat ein neues Spiel begonnen.</translation>
    </message>
    <message>
        <source>%1: the match at the table cannot be refereed: %2</source>
        <translation>%1: das Match am Tisch kann nicht vom Schiedsrichter bewertet werden: %2</translation>
    </message>
    <message>
        <source>The simulated table&apos;s own record of the shot.</source>
        <translation>Die eigene Aufzeichnung des Stoßes durch den simulierten Tisch.</translation>
    </message>
    <message>
        <source>there is no venue in this database</source>
        <translation>in dieser Datenbank gibt es keinen Salon</translation>
    </message>
    <message>
        <source>the live games are off: %1</source>
        <translation>die Live-Spiele sind aus: %1</translation>
    </message>
    <message>
        <source>serving the live games on port %1: %2</source>
        <translation>die Live-Spiele laufen auf Port %1: %2</translation>
    </message>
    <message>
        <source>the live games are not running</source>
        <translation>die Live-Spiele laufen nicht</translation>
    </message>
    <message>
        <source>the database has no venue</source>
        <translation>die Datenbank hat keinen Salon</translation>
    </message>
    <message>
        <source>venue &quot;%1&quot; has no table &quot;%2&quot;; its tables are: %3</source>
        <translation>Salon „%1“ hat keinen Tisch „%2“; seine Tische sind: %3</translation>
    </message>
    <message>
        <source>venue &quot;%1&quot; has no tables</source>
        <translation>Salon „%1“ hat keine Tische</translation>
    </message>
    <message>
        <source>print the tables&apos; QR cards, which players scan to join a game</source>
        <translation>die QR-Karten der Tische drucken, die Spieler scannen, um einem Spiel beizutreten</translation>
    </message>
    <message>
        <source>Only this table&apos;s card (default: every table).</source>
        <translation>Nur die Karte dieses Tisches (Standard: alle Tische).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write the cards to this PDF: one A6 card, or A4 sheets of four cards for every table.</source>
        <translation>Die Karten in dieses PDF schreiben: eine A6-Karte, oder für alle Tische A4-Bogen mit je vier Karten.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the table&apos;s card to this PNG (300 dpi).</source>
        <translation>Die Karte des Tisches in dieses PNG schreiben (300 dpi).</translation>
    </message>
    <message>
        <source>qr needs --pdf FILE or --png FILE</source>
        <translation>qr braucht --pdf DATEI oder --png DATEI</translation>
    </message>
    <message>
        <source>--png writes one card: name it with --table NAME</source>
        <translation>--png schreibt eine Karte: sie mit --table NAME angeben</translation>
    </message>
    <message>
        <source>cannot serve the live games: %1</source>
        <translation>die Live-Spiele können nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <source>This table has no camera, so it cannot referee a match.</source>
        <translation>Dieser Tisch hat keine Kamera, daher kann er kein Match bewerten.</translation>
    </message>
    <message>
        <source>This table already has a match being played.</source>
        <translation>An diesem Tisch läuft bereits ein Match.</translation>
    </message>
    <message>
        <source>Serve the live games to phones and screens on this port (default 8080; 0: any free port).</source>
        <translation>Die Live-Spiele für Handys und Bildschirme auf diesem Port bereitstellen (Standard 8080; 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>The address phones open, in the tables&apos; join links (default: http://&lt;this PC&apos;s LAN address&gt;:&lt;port&gt;).</source>
        <translation>Die Adresse, die Handys öffnen, in den Beitrittslinks der Tische (Standard: http://&lt;LAN-Adresse dieses PCs&gt;:&lt;port&gt;).</translation>
    </message>
    <message>
        <source>--port is a port number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port ist eine Portnummer von 0 bis 65535, nicht „%1“</translation>
    </message>
    <message>
        <source>--public-url is an http:// or https:// address, not &quot;%1&quot;</source>
        <translation>--public-url ist eine http://- oder https://-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>the booking must end after it starts: --to %1 is not after --from %2</source>
        <translation>die Buchung muss nach ihrem Beginn enden: --to %1 liegt nicht nach --from %2</translation>
    </message>
    <message>
        <source>the venue has no table &quot;%1&quot;; its tables are: %2</source>
        <translation>der Salon hat keinen Tisch „%1“; seine Tische sind: %2</translation>
    </message>
    <message>
        <source>%1 is out of order and cannot be booked</source>
        <translation>%1 ist außer Betrieb und kann nicht gebucht werden</translation>
    </message>
    <message>
        <source>%1 is already booked from %2 to %3 for %4 (booking %5).</source>
        <translation>%1 ist bereits von %2 bis %3 für %4 gebucht (Buchung %5).</translation>
    </message>
    <message>
        <source>book needs --table NAME, --from ISO, --to ISO and --name WHO</source>
        <translation>book braucht --table NAME, --from ISO, --to ISO und --name WHO</translation>
    </message>
    <message>
        <source>--%1 %2 is not a date and time like 2026-12-05T19:00, 2026-12-05T19:00:00Z or 2026-12-05T19:00+01:00</source>
        <translation>--%1 %2 ist kein Datum mit Uhrzeit wie 2026-12-05T19:00, 2026-12-05T19:00:00Z oder 2026-12-05T19:00+01:00</translation>
    </message>
    <message>
        <source>book a table, refusing a time another booking holds</source>
        <translation>einen Tisch buchen, außer zu einer Zeit, die eine andere Buchung belegt</translation>
    </message>
    <message>
        <source>The table&apos;s name.</source>
        <translation>Der Name des Tisches.</translation>
    </message>
    <message>
        <source>When the booking starts (ISO 8601; without a zone, the venue&apos;s time).</source>
        <translation>Wann die Buchung beginnt (ISO 8601; ohne Zeitzone gilt die Zeit des Salons).</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>When the booking ends (ISO 8601; without a zone, the venue&apos;s time).</source>
        <translation>Wann die Buchung endet (ISO 8601; ohne Zeitzone gilt die Zeit des Salons).</translation>
    </message>
    <message>
        <source>Who the table is booked for.</source>
        <translation>Für wen der Tisch gebucht wird.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>The venue could not be read again after a change elsewhere: %1</source>
        <translation>Der Salon konnte nach einer Änderung an anderer Stelle nicht neu gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: run by %2; standing by</source>
        <translation>%1: wird von %2 geführt; in Bereitschaft</translation>
    </message>
    <message>
        <source>%1: run here by %2</source>
        <translation>%1: wird hier von %2 geführt</translation>
    </message>
    <message>
        <source>%1: taking over from %2</source>
        <translation>%1: wird von %2 übernommen</translation>
    </message>
    <message>
        <source>%1: the table&apos;s lease could not be renewed; its match is no longer written here</source>
        <translation>%1: die Zuteilung des Tisches konnte nicht verlängert werden; sein Match wird hier nicht mehr gespeichert</translation>
    </message>
    <message>
        <source>%1: now run by %2; its match is no longer written here</source>
        <translation>%1: wird jetzt von %2 geführt; sein Match wird hier nicht mehr gespeichert</translation>
    </message>
    <message>
        <source>cannot renew the tables&apos; leases: %1</source>
        <translation>die Zuteilungen der Tische können nicht verlängert werden: %1</translation>
    </message>
    <message>
        <source>Another venue PC runs this table&apos;s match, so it cannot be started here.</source>
        <translation>Ein anderer PC im Salon führt das Match dieses Tisches, daher kann es hier nicht gestartet werden.</translation>
    </message>
    <message>
        <source>cannot read the venues: %1</source>
        <translation>die Salons können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>there is no venue &quot;%1&quot;: the database has no venue</source>
        <translation>es gibt keinen Salon „%1“: die Datenbank enthält keinen Salon</translation>
    </message>
    <message>
        <source>there is no venue &quot;%1&quot;; the venues are %2</source>
        <translation>es gibt keinen Salon „%1“; die Salons sind %2</translation>
    </message>
    <message>
        <source>Run this venue of the database (a chain keeps several on one database); it stays this PC&apos;s venue.</source>
        <translation>Diesen Salon der Datenbank betreiben (eine Kette führt mehrere in einer Datenbank); er bleibt der Salon dieses PCs.</translation>
    </message>
    <message>
        <source>--venue needs a venue&apos;s name</source>
        <translation>--venue braucht den Namen eines Salons</translation>
    </message>
    <message>
        <source>bracket needs --format FORMAT and --players N</source>
        <translation>bracket braucht --format FORMAT und --players N</translation>
    </message>
    <message>
        <source>--format needs single, double, round-robin or swiss, not &quot;%1&quot;</source>
        <translation>--format braucht single, double, round-robin oder swiss, nicht „%1“</translation>
    </message>
    <message>
        <source>--players needs a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--players braucht eine ganze Zahl von %1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <source>--grand-final goes only with --format double</source>
        <translation>--grand-final gibt es nur mit --format double</translation>
    </message>
    <message>
        <source>--grand-final needs simple or double, not &quot;%1&quot;</source>
        <translation>--grand-final braucht simple oder double, nicht „%1“</translation>
    </message>
    <message>
        <source>--third-place goes only with --format single</source>
        <translation>--third-place gibt es nur mit --format single</translation>
    </message>
    <message>
        <source>--rounds goes only with --format swiss</source>
        <translation>--rounds gibt es nur mit --format swiss</translation>
    </message>
    <message>
        <source>--rounds needs a whole number from 1 to %1 for %2 players, not &quot;%3&quot;</source>
        <translation>--rounds braucht bei %2 Spielern eine ganze Zahl von 1 bis %1, nicht „%3“</translation>
    </message>
    <message>
        <source>--simulate needs higher-seed-wins, not &quot;%1&quot;</source>
        <translation>--simulate braucht higher-seed-wins, nicht „%1“</translation>
    </message>
    <message>
        <source>plan a tournament&apos;s draw for players P1..PN and play it out</source>
        <translation>die Auslosung eines Turniers für die Spieler P1..PN planen und durchspielen</translation>
    </message>
    <message>
        <source>single, double (elimination), round-robin or swiss.</source>
        <translation>single, double (K.-o.-System), round-robin oder swiss.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>How many players, 2 to 1024, named P1..PN by seed.</source>
        <translation>Wie viele Spieler, 2 bis 1024, nach Setzplatz P1..PN benannt.</translation>
    </message>
    <message>
        <source>Double elimination: simple, one grand final, or double, a second when the losers&apos; bracket champion wins the first (default double).</source>
        <translation>Doppel-K.-o.-System: simple, ein Großes Finale, oder double, ein zweites, wenn der Sieger der Verliererrunde das erste gewinnt (Standard double).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Single elimination: the semi-finals&apos; losers play for third place.</source>
        <translation>K.-o.-System: Die Verlierer der Halbfinals spielen um Platz drei.</translation>
    </message>
    <message>
        <source>Swiss: how many rounds (default: enough for one unbeaten player, the smallest R with 2^R &gt;= N).</source>
        <translation>Schweizer System: wie viele Runden (Standard: genug für einen einzigen ungeschlagenen Spieler, das kleinste R mit 2^R &gt;= N).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Play the draw out: higher-seed-wins, the better seed wins every match 1-0.</source>
        <translation>Die Auslosung durchspielen: higher-seed-wins, der besser Gesetzte gewinnt jedes Match 1:0.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>Print one JSON document (docs/commands.md) instead of the draw as text.</source>
        <translation>Ein JSON-Dokument (docs/commands.md) statt der Auslosung als Text ausgeben.</translation>
    </message>
    <message>
        <source>Single elimination of P1 to %1.</source>
        <translation>K.-o.-System von P1 bis %1.</translation>
    </message>
    <message>
        <source>Double elimination of P1 to %1, with a second grand final when the losers&apos; bracket champion wins the first.</source>
        <translation>Doppel-K.-o.-System von P1 bis %1, mit einem zweiten Großen Finale, wenn der Sieger der Verliererrunde das erste gewinnt.</translation>
    </message>
    <message>
        <source>Double elimination of P1 to %1, with one grand final.</source>
        <translation>Doppel-K.-o.-System von P1 bis %1, mit einem Großen Finale.</translation>
    </message>
    <message>
        <source>Round robin of P1 to %1.</source>
        <translation>Jeder gegen jeden von P1 bis %1.</translation>
    </message>
    <message>
        <source>Swiss of P1 to %1; rounds planned: %2.</source>
        <translation>Schweizer System von P1 bis %1; geplante Runden: %2.</translation>
    </message>
    <message>
        <source>winners&apos; round %1</source>
        <translation>Siegerrunde %1</translation>
    </message>
    <message>
        <source>losers&apos; round %1</source>
        <translation>Verliererrunde %1</translation>
    </message>
    <message>
        <source>grand final</source>
        <translation>Großes Finale</translation>
    </message>
    <message>
        <source>second grand final</source>
        <translation>zweites Großes Finale</translation>
    </message>
    <message>
        <source>third place</source>
        <translation>Platz drei</translation>
    </message>
    <message>
        <source>group %1, round %2</source>
        <translation>Gruppe %1, Runde %2</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>the winner of match %1</source>
        <translation>der Sieger von Match %1</translation>
    </message>
    <message>
        <source>the loser of match %1</source>
        <translation>der Verlierer von Match %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Match %1 (%2): %3 beat %4 %5-%6.</source>
        <translation>Match %1 (%2): %3 schlägt %4 %5:%6.</translation>
    </message>
    <message>
        <source>Match %1 (%2): %3 goes through with a bye.</source>
        <translation>Match %1 (%2): %3 kommt mit einem Freilos weiter.</translation>
    </message>
    <message>
        <source>Match %1 (%2): not needed.</source>
        <translation>Match %1 (%2): nicht nötig.</translation>
    </message>
    <message>
        <source>Match %1 (%2): %3 against %4.</source>
        <translation>Match %1 (%2): %3 gegen %4.</translation>
    </message>
    <message>
        <source>Round %1:</source>
        <translation>Runde %1:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Platzierungen:</translation>
    </message>
    <message>
        <source>  Group %1, place %2: %3</source>
        <translation>  Gruppe %1, Platz %2: %3</translation>
    </message>
    <message>
        <source>  Place %1: %2</source>
        <translation>  Platz %1: %2</translation>
    </message>
    <message>
        <source>--%1 needs two values: --%1 %2</source>
        <translation>--%1 braucht zwei Werte: --%1 %2</translation>
    </message>
    <message>
        <source>cannot record the tournaments&apos; results from the tables: %1</source>
        <translation>die Turnierergebnisse von den Tischen können nicht eingetragen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>recorded %n tournament result(s) from the tables</source>
        <translation>
            <numerusform>%n Turnierergebnis von den Tischen eingetragen</numerusform>
            <numerusform>%n Turnierergebnisse von den Tischen eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>odds needs exactly two ratings: --rating A --rating B</source>
        <translation>odds braucht genau zwei Ratings: --rating A --rating B</translation>
    </message>
    <message>
        <source>--rating needs a number, not &quot;%1&quot;</source>
        <translation>--rating braucht eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>odds needs the race, once: --race RA RB, the racks each player needs</source>
        <translation>odds braucht das Race, einmal: --race RA RB, die Racks, die jeder Spieler braucht</translation>
    </message>
    <message>
        <source>--race needs whole numbers of racks from 1 to %1, not &quot;%2&quot;</source>
        <translation>--race braucht ganze Zahlen von Racks von 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>A player rated %1 against one rated %2 wins %3 % of the racks, and %4 % of the races to %5 against %6.</source>
        <translation>Ein Spieler mit Rating %1 gewinnt gegen einen mit Rating %2 %3 % der Racks und %4 % der Races auf %5 gegen %6.</translation>
    </message>
    <message>
        <source>the Fargo chances of winning a rack and a race, from two ratings</source>
        <translation>die Fargo-Chancen auf den Gewinn eines Racks und eines Race, aus zwei Ratings</translation>
    </message>
    <message>
        <source>A player&apos;s Fargo rating: give it twice, the player the chances are for first.</source>
        <translation>Das Fargo-Rating eines Spielers: zweimal angeben, zuerst den Spieler, für den die Chancen gelten.</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>RATING</translation>
    </message>
    <message>
        <source>The race: the racks the first player needs, then the racks the second needs.</source>
        <translation>Das Race: die Racks, die der erste Spieler braucht, dann die, die der zweite braucht.</translation>
    </message>
    <message>
        <source>RA RB</source>
        <translation>RA RB</translation>
    </message>
    <message>
        <source>Print the chances as one JSON object.</source>
        <translation>Die Chancen als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>ratings needs the results: --results FILE.csv</source>
        <translation>ratings braucht die Ergebnisse: --results DATEI.csv</translation>
    </message>
    <message>
        <source>--starter needs a rating, not &quot;%1&quot;</source>
        <translation>--starter braucht ein Rating, nicht „%1“</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>fit Fargo ratings from results in a CSV file, best first</source>
        <translation>Fargo-Ratings aus Ergebnissen in einer CSV-Datei berechnen, die besten zuerst</translation>
    </message>
    <message>
        <source>The results: a CSV file with the header date,player_a,player_b,racks_a,racks_b.</source>
        <translation>Die Ergebnisse: eine CSV-Datei mit der Kopfzeile date,player_a,player_b,racks_a,racks_b.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>DATEI.csv</translation>
    </message>
    <message>
        <source>Every player&apos;s starter rating, counted as 20 racks against an equal (default 500).</source>
        <translation>Das Start-Rating jedes Spielers, gezählt wie 20 Racks gegen einen gleich starken Gegner (Standard 500).</translation>
    </message>
    <message>
        <source>Print the ratings as one JSON object.</source>
        <translation>Die Ratings als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>the data folder and database are those %1 names</source>
        <translation>der Datenordner und die Datenbank sind die, die %1 nennt</translation>
    </message>
    <message>
        <source>the data folder %1 cannot be written by %2: only the group %3 may write it; join the group (sudo adduser %2 %3) and log in again</source>
        <translation>in den Datenordner %1 kann %2 nicht schreiben: nur die Gruppe %3 darf darin schreiben; treten Sie der Gruppe bei (sudo adduser %2 %3) und melden Sie sich neu an</translation>
    </message>
    <message>
        <source>the file %1 in the data folder cannot be written by %2 (it is %3&apos;s, group %4); let the group write it: sudo chmod g+w %1</source>
        <translation>in die Datei %1 im Datenordner kann %2 nicht schreiben (sie gehört %3, Gruppe %4); lassen Sie die Gruppe darin schreiben: sudo chmod g+w %1</translation>
    </message>
    <message>
        <source>bad database URL in %1: %2</source>
        <translation>ungültige Datenbank-URL in %1: %2</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>OPTIONEN</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>Benutzerbefehle</translation>
    </message>
    <message>
        <source>run a pool venue: table cameras, the automatic referee, players&apos; phones and the front desk</source>
        <translation>einen Billardsalon betreiben: Tischkameras, der automatische Schiedsrichter, die Handys der Spieler und der Empfang</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>ARGUMENTS</source>
        <translation>ARGUMENTE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>With no command, dojopool opens the front desk window on the venue floor. Each command does one job and takes only its own options; an option of another command is refused. Options may come before or after the command&apos;s name, and -- ends them.</source>
        <translation>Ohne Befehl öffnet dojopool das Empfangsfenster im Salon. Jeder Befehl erledigt eine Aufgabe und nimmt nur seine eigenen Optionen an; eine Option eines anderen Befehls wird abgelehnt. Optionen dürfen vor oder nach dem Namen des Befehls stehen, und -- beendet sie.</translation>
    </message>
    <message>
        <source>The window and the commands that take --data-dir keep the venue in a data folder (its SQLite database and settings.ini) or on the database --database names. Without either option they read %1, which names the venue PC&apos;s shared folder or database, else they use the user&apos;s own data folder.</source>
        <translation>Das Fenster und die Befehle, die --data-dir annehmen, führen den Salon in einem Datenordner (seine SQLite-Datenbank und settings.ini) oder in der Datenbank, die --database nennt. Ohne eine dieser Optionen lesen sie %1, die den gemeinsamen Ordner oder die Datenbank des Salon-PCs nennt, sonst verwenden sie den eigenen Datenordner des Benutzers.</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>BEFEHLE</translation>
    </message>
    <message>
        <source>Every command takes these:</source>
        <translation>Jeder Befehl nimmt diese an:</translation>
    </message>
    <message>
        <source>THE VENUE PC</source>
        <translation>DER SALON-PC</translation>
    </message>
    <message>
        <source>The Debian package runs &quot;dojopool serve&quot; as the system service dojopool.service, as the system user dojopool, on the data folder %1: it starts with the PC and again after a failure. Its log is in the journal: journalctl -u dojopool.</source>
        <translation>Das Debian-Paket führt „dojopool serve“ als Systemdienst dojopool.service aus, als Systembenutzer dojopool, mit dem Datenordner %1: Er startet mit dem PC und nach einem Fehler erneut. Sein Protokoll steht im Journal: journalctl -u dojopool.</translation>
    </message>
    <message>
        <source>Staff who open the window on the same PC use the service&apos;s database, as %1 says. The data folder belongs to the group dojopool: add each member of staff to it with &quot;sudo adduser NAME dojopool&quot;, and they log in again. The window and the service share the venue safely: each table&apos;s match is written by one of them at a time, and the other stands by.</source>
        <translation>Mitarbeiter, die das Fenster auf demselben PC öffnen, verwenden die Datenbank des Dienstes, wie %1 angibt. Der Datenordner gehört der Gruppe dojopool: Fügen Sie jeden Mitarbeiter mit „sudo adduser NAME dojopool“ hinzu, und er meldet sich neu an. Das Fenster und der Dienst teilen sich den Salon sicher: Das Match jedes Tisches schreibt immer nur einer von beiden, und der andere wartet.</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>The venue PC&apos;s configuration, read when neither --data-dir nor --database is given: &quot;data-dir = FOLDER&quot; (an absolute folder) and &quot;database = URL&quot; (as --database takes), one setting a line; lines starting with # are comments.</source>
        <translation>Die Konfiguration des Salon-PCs, gelesen, wenn weder --data-dir noch --database angegeben ist: „data-dir = FOLDER“ (ein absoluter Ordner) und „database = URL“ (wie --database sie annimmt), eine Einstellung pro Zeile; Zeilen, die mit # beginnen, sind Kommentare.</translation>
    </message>
    <message>
        <source>The service&apos;s data folder: dojopool.sqlite and settings.ini. Owned by the user and group dojopool, mode 2770: what a member of the group makes there stays the group&apos;s.</source>
        <translation>Der Datenordner des Dienstes: dojopool.sqlite und settings.ini. Er gehört Benutzer und Gruppe dojopool, Modus 2770: Was ein Mitglied der Gruppe dort anlegt, bleibt Eigentum der Gruppe.</translation>
    </message>
    <message>
        <source>A user&apos;s own data folder, when no configuration file names one.</source>
        <translation>Der eigene Datenordner eines Benutzers, wenn keine Konfigurationsdatei einen nennt.</translation>
    </message>
    <message>
        <source>The system service.</source>
        <translation>Der Systemdienst.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>Another configuration file to read instead of %1; set but empty, none is read.</source>
        <translation>Eine andere Konfigurationsdatei, die statt %1 gelesen wird; gesetzt, aber leer, wird keine gelesen.</translation>
    </message>
    <message>
        <source>The display the window opens on; without one the window refuses to start.</source>
        <translation>Der Bildschirm, auf dem sich das Fenster öffnet; ohne ihn startet das Fenster nicht.</translation>
    </message>
    <message>
        <source>The language of the window, the help and the messages (English, German and Spanish so far).</source>
        <translation>Die Sprache des Fensters, der Hilfe und der Meldungen (bisher Englisch, Deutsch und Spanisch).</translation>
    </message>
    <message>
        <source>Where the user&apos;s own data folder is.</source>
        <translation>Wo der eigene Datenordner des Benutzers liegt.</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>EXIT-STATUS</translation>
    </message>
    <message>
        <source>Done: the help or the version printed, the window closed, serve stopped by SIGTERM or SIGINT, the command&apos;s work done.</source>
        <translation>Erledigt: die Hilfe oder die Version ausgegeben, das Fenster geschlossen, serve durch SIGTERM oder SIGINT beendet, die Arbeit des Befehls getan.</translation>
    </message>
    <message>
        <source>The command could not do its work: no display for the window, a database that cannot be opened, a data folder that cannot be written, a file that cannot be read.</source>
        <translation>Der Befehl konnte seine Arbeit nicht tun: kein Bildschirm für das Fenster, eine Datenbank, die sich nicht öffnen lässt, ein Datenordner, in den nicht geschrieben werden kann, eine Datei, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The command line is wrong: an unknown command or option, an option of another command, a missing or wrong value.</source>
        <translation>Die Befehlszeile ist falsch: ein unbekannter Befehl oder eine unbekannte Option, eine Option eines anderen Befehls, ein fehlender oder falscher Wert.</translation>
    </message>
    <message>
        <source>book: another booking holds the table at that time.</source>
        <translation>book: eine andere Buchung belegt den Tisch zu dieser Zeit.</translation>
    </message>
    <message>
        <source>An internal error (a bug).</source>
        <translation>Ein interner Fehler (ein Bug).</translation>
    </message>
    <message>
        <source>Every refusal is one line on standard error that starts with &quot;dojopool: &quot;.</source>
        <translation>Jede Ablehnung ist eine Zeile auf der Standardfehlerausgabe, die mit „dojopool: “ beginnt.</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>SIEHE AUCH</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a setting (a setting is key = value)</source>
        <translation>%1, Zeile %2: „%3“ ist keine Einstellung (eine Einstellung ist Schlüssel = Wert)</translation>
    </message>
    <message>
        <source>%1, line %2: data-dir must be an absolute folder, not &quot;%3&quot;</source>
        <translation>%1, Zeile %2: data-dir muss ein absoluter Ordner sein, nicht „%3“</translation>
    </message>
    <message>
        <source>%1, line %2: DojoPool knows no setting &quot;%3&quot; (it knows data-dir and database)</source>
        <translation>%1, Zeile %2: DojoPool kennt keine Einstellung „%3“ (es kennt data-dir und database)</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1 (%2)</source>
        <translation>die Konfigurationsdatei %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the backup is written but not listed in the database: %1</source>
        <translation>die Sicherung ist geschrieben, aber nicht in der Datenbank verzeichnet: %1</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 gibt es bereits; fügen Sie --force hinzu, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>cannot back up %1: %2</source>
        <translation>%1 kann nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>backup needs --out FILE</source>
        <translation>backup braucht --out DATEI</translation>
    </message>
    <message>
        <source>Write the backup to this file.</source>
        <translation>Die Sicherung in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Replace the file when it exists.</source>
        <translation>Die Datei ersetzen, wenn es sie gibt.</translation>
    </message>
    <message>
        <source>copy the venue&apos;s database into a file, while the venue runs</source>
        <translation>die Datenbank des Salons in eine Datei kopieren, während der Salon läuft</translation>
    </message>
    <message>
        <source>settings.ini: backup/time is &quot;%1&quot;, not a time like 04:00; the nightly backup is at 04:00</source>
        <translation>settings.ini: backup/time ist „%1“, keine Uhrzeit wie 04:00; die nächtliche Sicherung ist um 04:00</translation>
    </message>
    <message>
        <source>settings.ini: backup/keep is &quot;%1&quot;, not a number of backups; the newest 14 are kept</source>
        <translation>settings.ini: backup/keep ist „%1“, keine Anzahl von Sicherungen; die neuesten 14 werden behalten</translation>
    </message>
    <message>
        <source>waiting for the nightly backup to finish</source>
        <translation>warte auf das Ende der nächtlichen Sicherung</translation>
    </message>
    <message>
        <source>nightly backup: %1</source>
        <translation>nächtliche Sicherung: %1</translation>
    </message>
    <message>
        <source>the backup ended without a word</source>
        <translation>die Sicherung endete ohne eine Meldung</translation>
    </message>
    <message>
        <source>nightly backup failed: %1</source>
        <translation>nächtliche Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>nightly backup: wrote %1 (%2)</source>
        <translation>nächtliche Sicherung: %1 geschrieben (%2)</translation>
    </message>
    <message>
        <source>nightly backup: removed the old backup %1</source>
        <translation>nächtliche Sicherung: die alte Sicherung %1 entfernt</translation>
    </message>
    <message>
        <source>nightly backup: cannot remove the old backup %1</source>
        <translation>nächtliche Sicherung: die alte Sicherung %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>nightly backup: %1; its time is UTC</source>
        <translation>nächtliche Sicherung: %1; ihre Zeit ist UTC</translation>
    </message>
    <message>
        <source>%1; add --force to go back to the backup anyway</source>
        <translation>%1; fügen Sie --force hinzu, um trotzdem zur Sicherung zurückzukehren</translation>
    </message>
    <message>
        <source>cannot restore while the venue runs: %1</source>
        <translation>Wiederherstellen ist nicht möglich, während der Salon läuft: %1</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>restore needs exactly one backup file</source>
        <translation>restore braucht genau eine Sicherungsdatei</translation>
    </message>
    <message>
        <source>Go back to the backup even when the database has newer changes.</source>
        <translation>Zur Sicherung zurückkehren, auch wenn die Datenbank neuere Änderungen hat.</translation>
    </message>
    <message>
        <source>put a backup back into the venue&apos;s database</source>
        <translation>eine Sicherung in die Datenbank des Salons zurückspielen</translation>
    </message>
    <message>
        <source>the backup file (from dojopool backup or the nightly backups)</source>
        <translation>die Sicherungsdatei (von dojopool backup oder den nächtlichen Sicherungen)</translation>
    </message>
    <message>
        <source>The backups cannot be read: %1</source>
        <translation>Die Sicherungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The nightly backup is turned off (settings.ini: backup/nightly).</source>
        <translation>Die nächtliche Sicherung ist ausgeschaltet (settings.ini: backup/nightly).</translation>
    </message>
    <message>
        <source>A backup is made every night at %1 into %2; every one is kept.</source>
        <translation>Jede Nacht um %1 wird eine Sicherung in %2 angelegt; alle werden behalten.</translation>
    </message>
    <message numerus="yes">
        <source>A backup is made every night at %1 into %2; the newest %n are kept.</source>
        <translation>
            <numerusform>Jede Nacht um %1 wird eine Sicherung in %2 angelegt; %n Sicherung, die neueste, wird behalten.</numerusform>
            <numerusform>Jede Nacht um %1 wird eine Sicherung in %2 angelegt; die neuesten %n werden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>the daily health report cannot go on from today&apos;s file: %1</source>
        <translation>der tägliche Zustandsbericht kann nicht mit der heutigen Datei fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>the live games are served at %1 by another DojoPool on this PC; the table cards printed here link there</source>
        <translation>die Live-Spiele werden unter %1 von einem anderen DojoPool auf diesem PC bereitgestellt; die hier gedruckten Tischkarten verweisen dorthin</translation>
    </message>
    <message>
        <source>another DojoPool on this PC serves the live games (%1) and keeps the join codes it started with: stop it first (the service: sudo systemctl stop dojopool), make new codes, then start it again</source>
        <translation>ein anderer DojoPool auf diesem PC stellt die Live-Spiele bereit (%1) und behält die Beitrittscodes, mit denen er gestartet wurde: zuerst ihn anhalten (den Dienst: sudo systemctl stop dojopool), neue Codes erzeugen, dann ihn wieder starten</translation>
    </message>
</context>
<context>
    <name>dojo::capture</name>
    <message>
        <source>The source %1 has the option %2, which is not written as name=value.</source>
        <translation>Die Quelle %1 hat die Option %2, die nicht als name=wert geschrieben ist.</translation>
    </message>
    <message>
        <source>The size %1 is not a width and height in pixels such as 1920x1080.</source>
        <translation>Die Größe %1 ist keine Breite und Höhe in Pixeln wie 1920x1080.</translation>
    </message>
    <message>
        <source>The frame rate %1 is not a number of frames per second above 0 and up to 1000.</source>
        <translation>Die Bildrate %1 ist keine Zahl von Bildern pro Sekunde über 0 und bis 1000.</translation>
    </message>
    <message>
        <source>The loop option %1 is neither yes nor no.</source>
        <translation>Der Wert %1 der Option loop ist weder yes noch no.</translation>
    </message>
    <message>
        <source>The source %1 does not take the option %2.</source>
        <translation>Die Quelle %1 nimmt die Option %2 nicht an.</translation>
    </message>
    <message>
        <source>The source %1 names no camera; write camera:0 for the first camera, or camera: followed by the camera&apos;s device id.</source>
        <translation>Die Quelle %1 nennt keine Kamera; camera:0 für die erste Kamera schreiben, oder camera: gefolgt von der Geräte-ID der Kamera.</translation>
    </message>
    <message>
        <source>The simulated table&apos;s seed %1 is not a whole number from 0 to 18446744073709551615.</source>
        <translation>Der Startwert %1 des simulierten Tisches ist keine ganze Zahl von 0 bis 18446744073709551615.</translation>
    </message>
    <message>
        <source>The game %1 is not one the simulated table plays; use 8-ball or 9-ball.</source>
        <translation>Die Spielart %1 spielt der simulierte Tisch nicht; 8-ball oder 9-ball verwenden.</translation>
    </message>
    <message>
        <source>The table size %1 is not known; use 7ft, 8ft, 8ft-oversized or 9ft.</source>
        <translation>Die Tischgröße %1 ist unbekannt; 7ft, 8ft, 8ft-oversized oder 9ft verwenden.</translation>
    </message>
    <message>
        <source>The stream address %1 is not a valid URL.</source>
        <translation>Die Stream-Adresse %1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The source %1 names no file or folder.</source>
        <translation>Die Quelle %1 nennt weder eine Datei noch einen Ordner.</translation>
    </message>
    <message>
        <source>The source is empty; name a camera (camera:0), a video file, an image, a folder of images, a stream URL or a simulated table (sim:1).</source>
        <translation>Die Quelle ist leer; eine Kamera (camera:0), eine Videodatei, ein Bild, einen Bilderordner, eine Stream-URL oder einen simulierten Tisch (sim:1) angeben.</translation>
    </message>
    <message>
        <source>The source %1 starts with %2:, which is no kind of source DojoPool knows; use camera:, sim:, rtsp://, http://, https://, file: or a path.</source>
        <translation>Die Quelle %1 beginnt mit %2:, einer Quellenart, die DojoPool nicht kennt; camera:, sim:, rtsp://, http://, https://, file: oder einen Pfad verwenden.</translation>
    </message>
    <message>
        <source>DojoPool cannot show the source %1 here.</source>
        <translation>DojoPool kann die Quelle %1 hier nicht zeigen.</translation>
    </message>
    <message>
        <source>The camera %1 failed (%2).</source>
        <translation>Die Kamera %1 ist ausgefallen (%2).</translation>
    </message>
    <message numerus="yes">
        <source>No camera %1 is connected; this computer has %n camera(s).</source>
        <translation>
            <numerusform>Es ist keine Kamera %1 angeschlossen; dieser Computer hat %n Kamera.</numerusform>
            <numerusform>Es ist keine Kamera %1 angeschlossen; dieser Computer hat %n Kameras.</numerusform>
        </translation>
    </message>
    <message>
        <source>The camera %1 sent no picture within %2 seconds.</source>
        <translation>Die Kamera %1 hat innerhalb von %2 Sekunden kein Bild gesendet.</translation>
    </message>
    <message>
        <source>The camera %1 has sent no picture for %2 seconds.</source>
        <translation>Die Kamera %1 sendet seit %2 Sekunden kein Bild.</translation>
    </message>
    <message>
        <source>The camera %1 was disconnected.</source>
        <translation>Die Kamera %1 wurde getrennt.</translation>
    </message>
    <message>
        <source>The stream %1 failed (%2).</source>
        <translation>Der Stream %1 ist ausgefallen (%2).</translation>
    </message>
    <message>
        <source>The video file %1 cannot be played (%2).</source>
        <translation>Die Videodatei %1 kann nicht abgespielt werden (%2).</translation>
    </message>
    <message>
        <source>The stream %1 sends no video DojoPool can play.</source>
        <translation>Der Stream %1 sendet kein Video, das DojoPool abspielen kann.</translation>
    </message>
    <message>
        <source>The video file %1 holds no video DojoPool can play.</source>
        <translation>Die Videodatei %1 enthält kein Video, das DojoPool abspielen kann.</translation>
    </message>
    <message>
        <source>The stream %1 ended.</source>
        <translation>Der Stream %1 ist zu Ende.</translation>
    </message>
    <message>
        <source>The video file %1 does not exist.</source>
        <translation>Die Videodatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The video file %1 cannot be read.</source>
        <translation>Die Videodatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The stream %1 sent no picture within %2 seconds of opening.</source>
        <translation>Der Stream %1 hat innerhalb von %2 Sekunden nach dem Öffnen kein Bild gesendet.</translation>
    </message>
    <message>
        <source>The stream %1 has sent no picture for %2 seconds.</source>
        <translation>Der Stream %1 sendet seit %2 Sekunden kein Bild.</translation>
    </message>
    <message>
        <source>The video file %1 showed no picture within %2 seconds.</source>
        <translation>Die Videodatei %1 hat innerhalb von %2 Sekunden kein Bild gezeigt.</translation>
    </message>
    <message>
        <source>The video file %1 has shown no picture for %2 seconds.</source>
        <translation>Die Videodatei %1 zeigt seit %2 Sekunden kein Bild.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>Das Bild %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The folder %1 holds no images (png, jpg, jpeg, bmp, ppm, pgm, tif, tiff or webp).</source>
        <translation>Der Ordner %1 enthält keine Bilder (png, jpg, jpeg, bmp, ppm, pgm, tif, tiff oder webp).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The image %1 does not exist.</source>
        <translation>Das Bild %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The physics check doubts the tracked paths: ball %1 started to move %2 s into the shot with no ball touching it.</source>
        <translation>Die Physikprüfung bezweifelt die verfolgten Bahnen: Kugel %1 setzte sich %2 s nach Beginn des Stoßes in Bewegung, ohne dass eine Kugel sie berührte.</translation>
    </message>
    <message>
        <source>The physics check doubts the tracked paths: ball %1 sped up %2 s into the shot with nothing touching it.</source>
        <translation>Die Physikprüfung bezweifelt die verfolgten Bahnen: Kugel %1 wurde %2 s nach Beginn des Stoßes schneller, ohne dass etwas sie berührte.</translation>
    </message>
    <message>
        <source>The physics check doubts the tracked paths: balls %1 and %2 went through each other %3 s into the shot.</source>
        <translation>Die Physikprüfung bezweifelt die verfolgten Bahnen: Die Kugeln %1 und %2 gingen %3 s nach Beginn des Stoßes durcheinander hindurch.</translation>
    </message>
    <message>
        <source>The tracked paths are physically possible.</source>
        <translation>Die verfolgten Bahnen sind physikalisch möglich.</translation>
    </message>
</context>
<context>
    <name>dojo::core</name>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1: eine ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>%1: expected a whole number, got %2</source>
        <translation>%1: eine ganze Zahl erwartet, nicht %2</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: true oder false erwartet</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: ball %2 does not exist</source>
        <translation>%1: Kugel %2 gibt es nicht</translation>
    </message>
    <message>
        <source>%1: expected an object ball 1-15, got the cue ball 0</source>
        <translation>%1: eine Objektkugel 1-15 erwartet, nicht die Spielkugel 0</translation>
    </message>
    <message>
        <source>%1: expected a pocket name such as &quot;foot-left&quot;</source>
        <translation>%1: ein Taschenname wie &quot;foot-left&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: unknown pocket &quot;%2&quot;</source>
        <translation>%1: unbekannte Tasche „%2“</translation>
    </message>
    <message>
        <source>%1: expected a list of ball numbers</source>
        <translation>%1: eine Liste von Kugelnummern erwartet</translation>
    </message>
    <message>
        <source>%1: ball %2 is listed twice</source>
        <translation>%1: Kugel %2 steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>%1: expected a list of {&quot;ball&quot;: N, &quot;pocket&quot;: P}</source>
        <translation>%1: eine Liste von {&quot;ball&quot;: N, &quot;pocket&quot;: P} erwartet</translation>
    </message>
    <message>
        <source>%1: expected {&quot;ball&quot;: N, &quot;pocket&quot;: P}</source>
        <translation>%1: {&quot;ball&quot;: N, &quot;pocket&quot;: P} erwartet</translation>
    </message>
    <message>
        <source>%1: ball %2 is pocketed twice</source>
        <translation>%1: Kugel %2 wird zweimal versenkt</translation>
    </message>
    <message>
        <source>%1: expected {&quot;ball&quot;: N, &quot;pocket&quot;: P} or &quot;safety&quot;</source>
        <translation>%1: {&quot;ball&quot;: N, &quot;pocket&quot;: P} oder &quot;safety&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: expected a list of foul names</source>
        <translation>%1: eine Liste von Foulnamen erwartet</translation>
    </message>
    <message>
        <source>%1: unknown foul &quot;%2&quot;</source>
        <translation>%1: unbekanntes Foul „%2“</translation>
    </message>
    <message>
        <source>%1: foul &quot;%2&quot; is listed twice</source>
        <translation>%1: Foul „%2“ steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: missing (use null when the cue ball hit nothing)</source>
        <translation>%1: fehlt (null angeben, wenn die Spielkugel nichts getroffen hat)</translation>
    </message>
    <message>
        <source>%1: ball %2 is also listed as pocketed</source>
        <translation>%1: Kugel %2 ist auch als versenkt angegeben</translation>
    </message>
    <message>
        <source>%1%2: a number is needed</source>
        <translation>%1%2: eine Zahl wird benötigt</translation>
    </message>
    <message>
        <source>balls: a list of balls is needed</source>
        <translation>balls: eine Liste von Kugeln wird benötigt</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>a tracking line is a JSON object</source>
        <translation>eine Tracking-Zeile ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a tracking line has &quot;frame&quot; or &quot;shot&quot;</source>
        <translation>eine Tracking-Zeile hat &quot;frame&quot; oder &quot;shot&quot;</translation>
    </message>
</context>
<context>
    <name>dojo::health</name>
    <message>
        <source>The camera of %1 has stopped: no picture for %2 s.</source>
        <translation>Die Kamera von %1 ist stehen geblieben: seit %2 s kein Bild.</translation>
    </message>
    <message>
        <source>%1 is falling behind: %2 frames a second processed (critical under %3).</source>
        <translation>%1 kommt nicht mit: %2 Bilder pro Sekunde verarbeitet (kritisch unter %3).</translation>
    </message>
    <message>
        <source>%1 is falling behind: %2 frames a second processed (warning under %3).</source>
        <translation>%1 kommt nicht mit: %2 Bilder pro Sekunde verarbeitet (Warnung unter %3).</translation>
    </message>
    <message>
        <source>%1 is falling behind: %2 ms to process a frame (critical over %3 ms).</source>
        <translation>%1 kommt nicht mit: %2 ms, um ein Bild zu verarbeiten (kritisch über %3 ms).</translation>
    </message>
    <message>
        <source>%1 is falling behind: %2 ms to process a frame (warning over %3 ms).</source>
        <translation>%1 kommt nicht mit: %2 ms, um ein Bild zu verarbeiten (Warnung über %3 ms).</translation>
    </message>
    <message>
        <source>DojoPool uses %1 of memory, %2 % of its budget of %3 (critical over %4 %).</source>
        <translation>DojoPool belegt %1 Speicher, %2 % seines Budgets von %3 (kritisch über %4 %).</translation>
    </message>
    <message>
        <source>DojoPool uses %1 of memory, %2 % of its budget of %3 (warning over %4 %).</source>
        <translation>DojoPool belegt %1 Speicher, %2 % seines Budgets von %3 (Warnung über %4 %).</translation>
    </message>
    <message>
        <source>The disk holding the data has %1 free, %2 % of it (critical under %3 % or %4).</source>
        <translation>Die Festplatte mit den Daten hat %1 frei, %2 % davon (kritisch unter %3 % oder %4).</translation>
    </message>
    <message>
        <source>The disk holding the data has %1 free, %2 % of it (warning under %3 % or %4).</source>
        <translation>Die Festplatte mit den Daten hat %1 frei, %2 % davon (Warnung unter %3 % oder %4).</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Over after %1: %2</source>
        <translation>Vorbei nach %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>/proc/self/stat has no process name in parentheses</source>
        <translation>/proc/self/stat hat keinen Prozessnamen in Klammern</translation>
    </message>
    <message>
        <source>/proc/self/stat has too few fields</source>
        <translation>/proc/self/stat hat zu wenige Felder</translation>
    </message>
    <message>
        <source>/proc/self/stat&apos;s CPU times are not numbers</source>
        <translation>die CPU-Zeiten in /proc/self/stat sind keine Zahlen</translation>
    </message>
    <message>
        <source>/proc/self/statm has no resident page count</source>
        <translation>/proc/self/statm hat keine Anzahl residenter Seiten</translation>
    </message>
    <message>
        <source>/proc/meminfo has no MemTotal</source>
        <translation>/proc/meminfo hat kein MemTotal</translation>
    </message>
    <message>
        <source>cannot tell the free space of %1: %2</source>
        <translation>der freie Platz von %1 lässt sich nicht ermitteln: %2</translation>
    </message>
    <message>
        <source>%1: the same as the day before.</source>
        <translation>%1: gleich wie am Vortag.</translation>
    </message>
    <message>
        <source>%1: up %2 on the day before, which had none.</source>
        <translation>%1: %2 mehr als am Vortag, der keine hatte.</translation>
    </message>
    <message>
        <source>%1: down %2 on the day before.</source>
        <translation>%1: %2 weniger als am Vortag.</translation>
    </message>
    <message>
        <source>%1: up %2 on the day before (+%3 %).</source>
        <translation>%1: %2 mehr als am Vortag (+%3 %).</translation>
    </message>
    <message>
        <source>%1: down %2 on the day before (−%3 %).</source>
        <translation>%1: %2 weniger als am Vortag (−%3 %).</translation>
    </message>
    <message>
        <source>Health of DojoPool on %1</source>
        <translation>Zustand von DojoPool am %1</translation>
    </message>
    <message>
        <source>No samples were taken this day.</source>
        <translation>An diesem Tag wurden keine Messwerte erfasst.</translation>
    </message>
    <message>
        <source>%1 samples from %2 to %3.</source>
        <translation>%1 Messwerte von %2 bis %3.</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Verglichen mit %1.</translation>
    </message>
    <message>
        <source>There is no report of the day before to compare with.</source>
        <translation>Es gibt keinen Bericht des Vortags zum Vergleich.</translation>
    </message>
    <message>
        <source>Its camera gave no pictures this day.</source>
        <translation>Seine Kamera lieferte an diesem Tag keine Bilder.</translation>
    </message>
    <message>
        <source>Frames processed a second: mean %1, lowest %2, 95th percentile %3.</source>
        <translation>Verarbeitete Bilder pro Sekunde: Mittel %1, niedrigster Wert %2, 95. Perzentil %3.</translation>
    </message>
    <message>
        <source>Mean frames processed a second</source>
        <translation>Mittlere verarbeitete Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Time to process a frame: mean %1 ms, lowest %2 ms, 95th percentile %3 ms.</source>
        <translation>Zeit zum Verarbeiten eines Bildes: Mittel %1 ms, niedrigster Wert %2 ms, 95. Perzentil %3 ms.</translation>
    </message>
    <message>
        <source>Mean time to process a frame, in ms</source>
        <translation>Mittlere Zeit zum Verarbeiten eines Bildes, in ms</translation>
    </message>
    <message>
        <source>95th percentile of the time to process a frame, in ms</source>
        <translation>95. Perzentil der Zeit zum Verarbeiten eines Bildes, in ms</translation>
    </message>
    <message>
        <source>Camera frames a second: mean %1, lowest %2, 95th percentile %3.</source>
        <translation>Kamerabilder pro Sekunde: Mittel %1, niedrigster Wert %2, 95. Perzentil %3.</translation>
    </message>
    <message>
        <source>Frames dropped: %1.</source>
        <translation>Verworfene Bilder: %1.</translation>
    </message>
    <message>
        <source>Frames dropped</source>
        <translation>Verworfene Bilder</translation>
    </message>
    <message>
        <source>Live games</source>
        <translation>Live-Spiele</translation>
    </message>
    <message>
        <source>Connections at the peak: %1.</source>
        <translation>Verbindungen zur Spitze: %1.</translation>
    </message>
    <message>
        <source>Connections at the peak</source>
        <translation>Verbindungen zur Spitze</translation>
    </message>
    <message>
        <source>Messages sent: %1.</source>
        <translation>Gesendete Nachrichten: %1.</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>This process</source>
        <translation>Dieser Prozess</translation>
    </message>
    <message>
        <source>CPU in percent of one core: mean %1, peak %2.</source>
        <translation>CPU in Prozent eines Kerns: Mittel %1, Spitze %2.</translation>
    </message>
    <message>
        <source>Mean CPU in percent of one core</source>
        <translation>Mittlere CPU in Prozent eines Kerns</translation>
    </message>
    <message>
        <source>Memory: mean %1, peak %2, of a budget of %3.</source>
        <translation>Speicher: Mittel %1, Spitze %2, bei einem Budget von %3.</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>No writes this day.</source>
        <translation>Keine Schreibvorgänge an diesem Tag.</translation>
    </message>
    <message>
        <source>Writes: %1; median %2 ms, 95th percentile %3 ms, longest %4 ms.</source>
        <translation>Schreibvorgänge: %1; Median %2 ms, 95. Perzentil %3 ms, längster %4 ms.</translation>
    </message>
    <message>
        <source>Median write, in ms</source>
        <translation>Median-Schreibvorgang, in ms</translation>
    </message>
    <message>
        <source>95th percentile of the writes, in ms</source>
        <translation>95. Perzentil der Schreibvorgänge, in ms</translation>
    </message>
    <message>
        <source>Disk holding the data</source>
        <translation>Festplatte mit den Daten</translation>
    </message>
    <message>
        <source>Least free: %1.</source>
        <translation>Am wenigsten frei: %1.</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Warnmeldungen: %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnmeldungen</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 to %2, %3: %4</source>
        <translation>%1 bis %2, %3: %4</translation>
    </message>
    <message>
        <source>%1, still going on, %2: %3</source>
        <translation>%1, noch andauernd, %2: %3</translation>
    </message>
    <message>
        <source>this is not a DojoPool health report (its format is not %1)</source>
        <translation>dies ist kein DojoPool-Zustandsbericht (sein Format ist nicht %1)</translation>
    </message>
    <message>
        <source>the health report names no day</source>
        <translation>der Zustandsbericht nennt keinen Tag</translation>
    </message>
    <message>
        <source>the health report&apos;s counts name no day</source>
        <translation>die Zählwerte des Zustandsberichts nennen keinen Tag</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot make the reports folder %1</source>
        <translation>der Berichtsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>There is no health report for %1.</source>
        <translation>Es gibt keinen Zustandsbericht für %1.</translation>
    </message>
</context>
<context>
    <name>dojo::physics</name>
    <message>
        <source>the cue ball is not on the table</source>
        <translation>die Spielkugel ist nicht auf dem Tisch</translation>
    </message>
    <message>
        <source>ball %1 is not an object ball on the table</source>
        <translation>Kugel %1 ist keine Objektkugel auf dem Tisch</translation>
    </message>
    <message>
        <source>%1: missing (%2)</source>
        <translation>%1: fehlt (%2)</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: %2 erwartet</translation>
    </message>
    <message>
        <source>%1: missing (&quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; or &quot;9ft&quot;)</source>
        <translation>%1: fehlt (&quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; oder &quot;9ft&quot;)</translation>
    </message>
    <message>
        <source>%1: expected &quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; or &quot;9ft&quot;</source>
        <translation>%1: &quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; oder &quot;9ft&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: unknown table &quot;%2&quot; (expected &quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; or &quot;9ft&quot;)</source>
        <translation>%1: unbekannter Tisch „%2“ (erwartet: &quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; oder &quot;9ft&quot;)</translation>
    </message>
    <message>
        <source>%1: expected {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm}</source>
        <translation>%1: {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm} erwartet</translation>
    </message>
    <message>
        <source>a ball number 0-15, 0 the cue ball</source>
        <translation>eine Kugelnummer 0-15, 0 ist die Spielkugel</translation>
    </message>
    <message>
        <source>%1: ball %2 does not exist (0-15)</source>
        <translation>%1: Kugel %2 gibt es nicht (0-15)</translation>
    </message>
    <message>
        <source>%1: ball %2 is listed twice</source>
        <translation>%1: Kugel %2 steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>a number in millimetres</source>
        <translation>eine Zahl in Millimetern</translation>
    </message>
    <message>
        <source>%1: ball %2 at (%3, %4) is off the bed: its centre must be a ball radius (%5 mm) inside the cushions</source>
        <translation>%1: Kugel %2 bei (%3, %4) liegt nicht auf der Spielfläche: ihr Mittelpunkt muss einen Kugelradius (%5 mm) innerhalb der Banden liegen</translation>
    </message>
    <message>
        <source>%1: ball %2 overlaps ball %3 (centres %4 mm apart, less than a ball&apos;s %5 mm)</source>
        <translation>%1: Kugel %2 überlappt Kugel %3 (Mittelpunkte %4 mm auseinander, weniger als die %5 mm einer Kugel)</translation>
    </message>
    <message>
        <source>%1: missing (a list of {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm})</source>
        <translation>%1: fehlt (eine Liste von {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm})</translation>
    </message>
    <message>
        <source>%1: expected a list of {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm}</source>
        <translation>%1: eine Liste von {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm} erwartet</translation>
    </message>
    <message>
        <source>%1: no cue ball (id 0)</source>
        <translation>%1: keine Spielkugel (id 0)</translation>
    </message>
    <message>
        <source>a fraction of the ball radius</source>
        <translation>ein Bruchteil des Kugelradius</translation>
    </message>
    <message>
        <source>%1: %2 is outside -%3 to %3 (a fraction of the ball radius; further out the tip miscues)</source>
        <translation>%1: %2 liegt außerhalb von -%3 bis %3 (ein Bruchteil des Kugelradius; weiter außen gibt es einen Kiks)</translation>
    </message>
    <message>
        <source>the cue ball&apos;s speed in m/s</source>
        <translation>die Geschwindigkeit der Spielkugel in m/s</translation>
    </message>
    <message>
        <source>%1: must be above 0 m/s</source>
        <translation>%1: muss über 0 m/s liegen</translation>
    </message>
    <message>
        <source>%1: %2 m/s is faster than any player can strike (at most %3)</source>
        <translation>%1: %2 m/s ist schneller, als ein Spieler stoßen kann (höchstens %3)</translation>
    </message>
    <message>
        <source>degrees, 0 toward the foot, 90 along +y</source>
        <translation>Grad, 0 zum Fußende, 90 entlang +y</translation>
    </message>
    <message>
        <source>%1: expected a JSON object with &quot;table&quot;, &quot;balls&quot; and &quot;cue&quot;</source>
        <translation>%1: ein JSON-Objekt mit &quot;table&quot;, &quot;balls&quot; und &quot;cue&quot; erwartet</translation>
    </message>
    <message>
        <source>a shot holds at most %1 balls, not %2</source>
        <translation>ein Stoß umfasst höchstens %1 Kugeln, nicht %2</translation>
    </message>
    <message>
        <source>ball %1 does not exist (0-15)</source>
        <translation>Kugel %1 gibt es nicht (0-15)</translation>
    </message>
    <message>
        <source>ball %1 is listed twice</source>
        <translation>Kugel %1 steht doppelt in der Liste</translation>
    </message>
</context>
<context>
    <name>dojo::print</name>
    <message>
        <source>A QR code needs a text to hold.</source>
        <translation>Ein QR-Code braucht einen Text, den er enthält.</translation>
    </message>
    <message>
        <source>A text of %1 bytes is too long for a QR code.</source>
        <translation>Ein Text von %1 Bytes ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1.</source>
        <translation>Der QR-Code konnte nicht erzeugt werden: %1.</translation>
    </message>
    <message>
        <source>The card of %1 has no address to put in its QR code.</source>
        <translation>Die Karte von %1 hat keine Adresse für ihren QR-Code.</translation>
    </message>
    <message>
        <source>A card&apos;s resolution must be from %1 to %2 dots per inch, not %3.</source>
        <translation>Die Auflösung einer Karte muss %1 bis %2 Punkte pro Zoll betragen, nicht %3.</translation>
    </message>
    <message>
        <source>There are no table cards to print.</source>
        <translation>Es gibt keine Tischkarten zu drucken.</translation>
    </message>
    <message>
        <source>The table cards cannot be printed: the printer or file does not accept painting.</source>
        <translation>Die Tischkarten können nicht gedruckt werden: Der Drucker oder die Datei nimmt keine Zeichnung an.</translation>
    </message>
    <message>
        <source>The table cards cannot be printed: a new page does not start.</source>
        <translation>Die Tischkarten können nicht gedruckt werden: Eine neue Seite lässt sich nicht beginnen.</translation>
    </message>
    <message>
        <source>The table cards cannot be printed: the printer or file did not finish the pages.</source>
        <translation>Die Tischkarten können nicht gedruckt werden: Der Drucker oder die Datei hat die Seiten nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The table cards cannot be written to %1: %2.</source>
        <translation>Die Tischkarten können nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Table cards</source>
        <translation>Tischkarten</translation>
    </message>
    <message>
        <source>The table card cannot be written to %1: %2.</source>
        <translation>Die Tischkarte kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to join the game at this table.</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Handys, um dem Spiel an diesem Tisch beizutreten.</translation>
    </message>
    <message>
        <source>The receipt cannot be printed: the printer or file does not accept painting.</source>
        <translation>Die Quittung kann nicht gedruckt werden: der Drucker oder die Datei nimmt keine Ausgabe an.</translation>
    </message>
    <message>
        <source>The receipt cannot be printed: the printer or file did not finish the page.</source>
        <translation>Die Quittung kann nicht gedruckt werden: der Drucker oder die Datei hat die Seite nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The receipt cannot be written to %1: %2.</source>
        <translation>Die Quittung kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>dojo::rules</name>
    <message>
        <source>%1: expected a list of ball numbers</source>
        <translation>%1: eine Liste von Kugelnummern erwartet</translation>
    </message>
    <message>
        <source>%1: ball %2 is not in a %3 rack</source>
        <translation>%1: Kugel %2 gehört nicht zu einem Rack in %3</translation>
    </message>
    <message>
        <source>%1: ball %2 is listed twice</source>
        <translation>%1: Kugel %2 steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>%1: expected none, anywhere or behind-head-string</source>
        <translation>%1: none, anywhere oder behind-head-string erwartet</translation>
    </message>
    <message>
        <source>%1: unknown &quot;%2&quot;</source>
        <translation>%1: unbekannter Wert „%2“</translation>
    </message>
    <message>
        <source>%1: expected a list of choices</source>
        <translation>%1: eine Liste von Wahlmöglichkeiten erwartet</translation>
    </message>
    <message>
        <source>%1: unknown choice &quot;%2&quot;</source>
        <translation>%1: unbekannte Wahl „%2“</translation>
    </message>
    <message>
        <source>%1: no choice is pending</source>
        <translation>%1: es steht keine Wahl aus</translation>
    </message>
    <message>
        <source>%1: the pending %2 offers choices</source>
        <translation>%1: %2 steht aus und bietet eine Wahl</translation>
    </message>
    <message>
        <source>%1: only eight-ball has groups</source>
        <translation>%1: nur eight-ball hat Gruppen</translation>
    </message>
    <message>
        <source>%1: expected solids or stripes</source>
        <translation>%1: solids oder stripes erwartet</translation>
    </message>
    <message>
        <source>%1: expected one player on solids and one on stripes</source>
        <translation>%1: ein Spieler auf solids und einer auf stripes erwartet</translation>
    </message>
    <message>
        <source>%1: a rack that is not over has none</source>
        <translation>%1: ein nicht beendetes Rack hat keinen Sieger</translation>
    </message>
    <message>
        <source>%1: only an abandoned rack names the next breaker</source>
        <translation>%1: nur ein abgebrochenes Rack nennt den nächsten Anstoßenden</translation>
    </message>
    <message>
        <source>%1: a rack that was won names no next breaker</source>
        <translation>%1: ein gewonnenes Rack nennt keinen nächsten Anstoßenden</translation>
    </message>
    <message>
        <source>%1: racks won cannot be negative</source>
        <translation>%1: gewonnene Racks können nicht negativ sein</translation>
    </message>
    <message>
        <source>%1: cannot be negative</source>
        <translation>%1: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>a correction is a JSON object</source>
        <translation>eine Korrektur ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: expected eight-ball, nine-ball, ten-ball or straight-pool</source>
        <translation>%1: eight-ball, nine-ball, ten-ball oder straight-pool erwartet</translation>
    </message>
    <message>
        <source>%1: expected a player&apos;s name, got null</source>
        <translation>%1: der Name eines Spielers erwartet, nicht null</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; oder &quot;%3&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: expected {&quot;%2&quot;: N, &quot;%3&quot;: N}</source>
        <translation>%1: {&quot;%2&quot;: N, &quot;%3&quot;: N} erwartet</translation>
    </message>
    <message>
        <source>%1: expected a whole number of at least 0</source>
        <translation>%1: eine ganze Zahl ab 0 erwartet</translation>
    </message>
    <message>
        <source>%1: expected &quot;alternate&quot; or &quot;winner&quot;</source>
        <translation>%1: &quot;alternate&quot; oder &quot;winner&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: expected a whole number per player</source>
        <translation>%1: eine ganze Zahl pro Spieler erwartet</translation>
    </message>
    <message>
        <source>%1: not one of the players</source>
        <translation>%1: keiner der Spieler</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: ein Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: unknown option; a newer DojoPool started this match</source>
        <translation>%1: unbekannte Option; ein neueres DojoPool hat dieses Match gestartet</translation>
    </message>
    <message>
        <source>ball %1 does not exist</source>
        <translation>Kugel %1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1: ball %2 does not exist</source>
        <translation>%1: Kugel %2 gibt es nicht</translation>
    </message>
    <message>
        <source>ball %1 is not on the table</source>
        <translation>Kugel %1 ist nicht auf dem Tisch</translation>
    </message>
    <message>
        <source>%1: ball %2 is not on the table</source>
        <translation>%1: Kugel %2 ist nicht auf dem Tisch</translation>
    </message>
    <message>
        <source>the match is over</source>
        <translation>das Match ist beendet</translation>
    </message>
    <message>
        <source>the rack is over</source>
        <translation>das Rack ist beendet</translation>
    </message>
    <message>
        <source>a choice is pending (%1); it must be taken first</source>
        <translation>eine Wahl steht aus (%1); sie muss zuerst getroffen werden</translation>
    </message>
    <message>
        <source>break: no break is due; the rack is under way</source>
        <translation>break: kein Anstoß fällig; das Rack läuft bereits</translation>
    </message>
    <message>
        <source>ball %1 is pocketed twice</source>
        <translation>Kugel %1 wird zweimal versenkt</translation>
    </message>
    <message>
        <source>off_table: ball %1 was pocketed</source>
        <translation>off_table: Kugel %1 wurde versenkt</translation>
    </message>
    <message>
        <source>ball %1 was pocketed though the cue ball touched no ball</source>
        <translation>Kugel %1 wurde versenkt, obwohl die Spielkugel keine Kugel berührt hat</translation>
    </message>
    <message>
        <source>%1 was not offered</source>
        <translation>%1 wurde nicht angeboten</translation>
    </message>
    <message>
        <source>a correction cannot change the game</source>
        <translation>eine Korrektur kann die Spielart nicht ändern</translation>
    </message>
    <message>
        <source>%1: expected two names</source>
        <translation>%1: zwei Namen erwartet</translation>
    </message>
    <message>
        <source>%1: expected two different, non-empty names</source>
        <translation>%1: zwei verschiedene, nicht leere Namen erwartet</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 bei Position %2</translation>
    </message>
    <message>
        <source>a scenario is a JSON object</source>
        <translation>ein Szenario ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot;</source>
        <translation>%1: &quot;%2&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: only &quot;wpa&quot; is known</source>
        <translation>%1: nur &quot;wpa&quot; ist bekannt</translation>
    </message>
    <message>
        <source>%1: expected a list of steps</source>
        <translation>%1: eine Liste von Schritten erwartet</translation>
    </message>
    <message>
        <source>%1 won %2-%3</source>
        <translation>%1 hat %2:%3 gewonnen</translation>
    </message>
    <message>
        <source>%1 and %2 are level at %3-%3</source>
        <translation>%1 und %2 stehen %3:%3</translation>
    </message>
    <message>
        <source>%1 leads %2-%3</source>
        <translation>%1 führt %2:%3</translation>
    </message>
    <message numerus="yes">
        <source>%n break-and-run(s)</source>
        <translation>
            <numerusform>%n Break-and-Run</numerusform>
            <numerusform>%n Break-and-Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n foul(s)</source>
        <translation>
            <numerusform>%1: %n Foul</numerusform>
            <numerusform>%1: %n Fouls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n of them scratches</source>
        <translation>
            <numerusform>%1: %2, davon %n Scratch</numerusform>
            <numerusform>%1: %2, davon %n Scratches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foul(s)</source>
        <translation>
            <numerusform>%n Foul</numerusform>
            <numerusform>%n Fouls</numerusform>
        </translation>
    </message>
    <message>
        <source>the step kind &quot;%1&quot; is unknown</source>
        <translation>die Schrittart „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>a decision holds exactly {&quot;choice&quot;: KEY}</source>
        <translation>eine Entscheidung enthält genau {&quot;choice&quot;: KEY}</translation>
    </message>
    <message>
        <source>a stalemate has no input</source>
        <translation>ein Patt hat keine Eingabe</translation>
    </message>
    <message>
        <source>a step must be a JSON object</source>
        <translation>ein Schritt muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>a step holds exactly one of shot, decision or event</source>
        <translation>ein Schritt enthält genau eines von shot, decision oder event</translation>
    </message>
    <message>
        <source>%1: the only event is &quot;stalemate&quot;</source>
        <translation>%1: das einzige Ereignis ist &quot;stalemate&quot;</translation>
    </message>
</context>
<context>
    <name>dojo::simulation</name>
    <message>
        <source>Shot %1 of the simulated match could not be simulated (%2); the balls were racked again.</source>
        <translation>Stoß %1 des simulierten Matches konnte nicht simuliert werden (%2); die Kugeln wurden neu aufgebaut.</translation>
    </message>
    <message>
        <source>The referee refused shot %1 of the simulated match (%2); the balls were racked again.</source>
        <translation>Der Schiedsrichter hat Stoß %1 des simulierten Matches abgelehnt (%2); die Kugeln wurden neu aufgebaut.</translation>
    </message>
    <message>
        <source>The referee refused a simulated player&apos;s choice (%1).</source>
        <translation>Der Schiedsrichter hat die Wahl eines simulierten Spielers abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>dojo::storage</name>
    <message>
        <source>an audit entry needs an actor and an action</source>
        <translation>ein Protokolleintrag braucht einen Urheber und eine Aktion</translation>
    </message>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>das Protokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>das Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no SQLite database file was given</source>
        <translation>es wurde keine SQLite-Datenbankdatei angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not an SQLite database file</source>
        <translation>%1 ist ein Ordner, keine SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot create the SQLite database %1: %2 is a file, not a folder</source>
        <translation>die SQLite-Datenbank %1 kann nicht angelegt werden: %2 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the SQLite database</source>
        <translation>der Ordner %1 für die SQLite-Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2); it was left untouched</source>
        <translation>%1 ist keine lesbare SQLite-Datenbank (%2); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot bring %1 up to date: %2</source>
        <translation>%1 kann nicht auf den neuesten Stand gebracht werden: %2</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 for %2 is not installed</source>
        <translation>der Qt-SQL-Treiber %1 für %2 ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1: %2</source>
        <translation>keine Verbindung zu PostgreSQL unter %1: %2</translation>
    </message>
    <message>
        <source>cannot open the SQLite database %1: %2</source>
        <translation>die SQLite-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the PostgreSQL database %1: %2</source>
        <translation>die PostgreSQL-Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot switch %1 to WAL mode: %2</source>
        <translation>%1 kann nicht in den WAL-Modus geschaltet werden: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has options after &apos;?&apos; or &apos;#&apos;, which DojoPool does not support</source>
        <translation>die PostgreSQL-URL hat Optionen nach &apos;?&apos; oder &apos;#&apos;, die DojoPool nicht unterstützt</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has an &apos;@&apos; but no user name before it</source>
        <translation>die PostgreSQL-URL hat ein &apos;@&apos;, aber keinen Benutzernamen davor</translation>
    </message>
    <message>
        <source>the PostgreSQL URL&apos;s host has a &apos;[&apos; without its &apos;]&apos;</source>
        <translation>der Host der PostgreSQL-URL hat ein &apos;[&apos; ohne &apos;]&apos;</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has text after the host&apos;s &apos;]&apos; that is not a &apos;:port&apos;</source>
        <translation>die PostgreSQL-URL hat nach dem &apos;]&apos; des Hosts Text, der kein &apos;:port&apos; ist</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no host; write postgresql://user@host:port/database</source>
        <translation>die PostgreSQL-URL nennt keinen Host; postgresql://benutzer@host:port/datenbank schreiben</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has a &apos;:&apos; after the host but no port</source>
        <translation>die PostgreSQL-URL hat nach dem Host ein &apos;:&apos;, aber keinen Port</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; in the PostgreSQL URL is not a number from 1 to 65535</source>
        <translation>der Port „%1“ in der PostgreSQL-URL ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database; add /database after the host</source>
        <translation>die PostgreSQL-URL nennt keine Datenbank; /datenbank nach dem Host anfügen</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; in the PostgreSQL URL contains a &apos;/&apos;</source>
        <translation>der Datenbankname „%1“ in der PostgreSQL-URL enthält ein &apos;/&apos;</translation>
    </message>
    <message>
        <source>an SQLite URL has no host: write sqlite:///absolute/path or sqlite:relative/path</source>
        <translation>eine SQLite-URL hat keinen Host: sqlite:///absoluter/pfad oder sqlite:relativer/pfad schreiben</translation>
    </message>
    <message>
        <source>the sqlite: URL names no database file</source>
        <translation>die sqlite:-URL nennt keine Datenbankdatei</translation>
    </message>
    <message>
        <source>the database URL is empty</source>
        <translation>die Datenbank-URL ist leer</translation>
    </message>
    <message>
        <source>the database URL has no scheme; write postgresql://user@host:port/database or sqlite:PATH</source>
        <translation>die Datenbank-URL hat kein Schema; postgresql://benutzer@host:port/datenbank oder sqlite:PFAD schreiben</translation>
    </message>
    <message>
        <source>a PostgreSQL URL starts with postgresql://</source>
        <translation>eine PostgreSQL-URL beginnt mit postgresql://</translation>
    </message>
    <message>
        <source>unknown database URL scheme &quot;%1&quot;; use postgresql:// or sqlite:</source>
        <translation>unbekanntes Schema „%1“ in der Datenbank-URL; postgresql:// oder sqlite: verwenden</translation>
    </message>
    <message>
        <source>the column %1 does not hold a JSON object</source>
        <translation>die Spalte %1 enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>there is no rack %1 to end</source>
        <translation>es gibt kein Rack %1 zu beenden</translation>
    </message>
    <message>
        <source>%1, ...</source>
        <translation>%1, ...</translation>
    </message>
    <message>
        <source>%1 is not a DojoPool database (it has the tables %2 but no dojo_schema); it was left untouched</source>
        <translation>%1 ist keine DojoPool-Datenbank (sie hat die Tabellen %2, aber kein dojo_schema); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>the database schema is version %1 but this DojoPool knows only up to version %2; use a newer DojoPool</source>
        <translation>das Datenbankschema hat Version %1, dieses DojoPool kennt nur bis Version %2; bitte ein neueres DojoPool verwenden</translation>
    </message>
    <message>
        <source>the connection to the database is closed</source>
        <translation>die Verbindung zur Datenbank ist geschlossen</translation>
    </message>
    <message>
        <source>the database returned no id</source>
        <translation>die Datenbank hat keine ID zurückgegeben</translation>
    </message>
    <message>
        <source>a venue needs a name</source>
        <translation>ein Salon braucht einen Namen</translation>
    </message>
    <message>
        <source>a table needs a name</source>
        <translation>ein Tisch braucht einen Namen</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; needs a status</source>
        <translation>der Tisch „%1“ braucht einen Status</translation>
    </message>
    <message>
        <source>a player needs a name</source>
        <translation>ein Spieler braucht einen Namen</translation>
    </message>
    <message>
        <source>table %1 (&quot;%2&quot;) has the size &quot;%3&quot;, which this DojoPool does not know; a newer version wrote it</source>
        <translation>Tisch %1 („%2“) hat die Größe „%3“, die dieses DojoPool nicht kennt; eine neuere Version hat sie geschrieben</translation>
    </message>
    <message>
        <source>a match needs a game</source>
        <translation>ein Match braucht eine Spielart</translation>
    </message>
    <message>
        <source>a match needs two players with different names</source>
        <translation>ein Match braucht zwei Spieler mit verschiedenen Namen</translation>
    </message>
    <message>
        <source>the first rack needs the number 1 and a breaker</source>
        <translation>das erste Rack braucht die Nummer 1 und einen Anstoßenden</translation>
    </message>
    <message>
        <source>a step needs a step and a rack number of at least 1</source>
        <translation>ein Schritt braucht eine Schritt- und Racknummer ab 1</translation>
    </message>
    <message>
        <source>a step needs a kind</source>
        <translation>ein Schritt braucht eine Art</translation>
    </message>
    <message>
        <source>a step needs an actor</source>
        <translation>ein Schritt braucht einen Urheber</translation>
    </message>
    <message>
        <source>cannot start the match of %1 and %2: %3</source>
        <translation>das Match von %1 und %2 kann nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>table %1 already has match %2 in play; resume or finish it first</source>
        <translation>an Tisch %1 läuft schon Match %2; zuerst fortsetzen oder beenden</translation>
    </message>
    <message>
        <source>cannot store step %1 of match %2: %3</source>
        <translation>Schritt %1 von Match %2 kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>there is no such match</source>
        <translation>dieses Match gibt es nicht</translation>
    </message>
    <message>
        <source>the match holds %1 steps, so the next one is step %2</source>
        <translation>das Match hat %1 Schritte, der nächste ist also Schritt %2</translation>
    </message>
    <message>
        <source>cannot finish match %1: %2</source>
        <translation>Match %1 kann nicht beendet werden: %2</translation>
    </message>
    <message>
        <source>it is already finished</source>
        <translation>es ist bereits beendet</translation>
    </message>
    <message>
        <source>cannot read match %1: %2</source>
        <translation>Match %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no match %1</source>
        <translation>es gibt kein Match %1</translation>
    </message>
    <message>
        <source>cannot read the match at table %1: %2</source>
        <translation>das Match an Tisch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the steps of match %1: %2</source>
        <translation>die Schritte von Match %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>cannot read the racks of match %1: %2</source>
        <translation>die Racks von Match %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>migration %1 (%2)</source>
        <translation>Migration %1 (%2)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>cannot create dojo_schema: %1</source>
        <translation>dojo_schema kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot record %1: %2</source>
        <translation>%1 kann nicht eingetragen werden: %2</translation>
    </message>
    <message>
        <source>cannot commit %1: %2</source>
        <translation>%1 kann nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>the migrations are not in rising order at version %1</source>
        <translation>die Migrationen sind bei Version %1 nicht aufsteigend geordnet</translation>
    </message>
    <message>
        <source>cannot migrate to version %1: the migrations end at version %2</source>
        <translation>Migration auf Version %1 nicht möglich: die Migrationen enden bei Version %2</translation>
    </message>
    <message>
        <source>cannot read the venues: %1</source>
        <translation>die Salons können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read venue %1: %2</source>
        <translation>Salon %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no venue %1</source>
        <translation>es gibt keinen Salon %1</translation>
    </message>
    <message>
        <source>cannot add the venue &quot;%1&quot;: %2</source>
        <translation>der Salon „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>cannot remove venue %1: %2</source>
        <translation>Salon %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>there is no such venue</source>
        <translation>diesen Salon gibt es nicht</translation>
    </message>
    <message>
        <source>cannot create the venue &quot;%1&quot;: %2</source>
        <translation>der Salon „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot remove the demo venue: %1</source>
        <translation>der Demo-Salon kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>cannot read the tables of venue %1: %2</source>
        <translation>die Tische von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot add the table &quot;%1&quot; to venue %2: %3</source>
        <translation>der Tisch „%1“ kann nicht zu Salon %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>cannot change the status of table %1: %2</source>
        <translation>der Status von Tisch %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>no status was given</source>
        <translation>es wurde kein Status angegeben</translation>
    </message>
    <message>
        <source>there is no such table</source>
        <translation>diesen Tisch gibt es nicht</translation>
    </message>
    <message>
        <source>cannot read the players of venue %1: %2</source>
        <translation>die Spieler von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot add the player &quot;%1&quot;: %2</source>
        <translation>der Spieler „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>cannot change the camera of table %1: %2</source>
        <translation>die Kamera von Tisch %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>cannot change the corners of table %1: %2</source>
        <translation>die Ecken von Tisch %1 können nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>cannot read the join secret of venue %1: %2</source>
        <translation>das Beitrittsgeheimnis von Salon %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot make new join codes for venue %1: %2</source>
        <translation>für Salon %1 können keine neuen Beitrittscodes erzeugt werden: %2</translation>
    </message>
    <message>
        <source>cannot follow the changes made on other PCs: the connection to the database is closed</source>
        <translation>den Änderungen auf anderen PCs kann nicht gefolgt werden: die Verbindung zur Datenbank ist geschlossen</translation>
    </message>
    <message>
        <source>cannot follow the changes made on other PCs: %1</source>
        <translation>den Änderungen auf anderen PCs kann nicht gefolgt werden: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost: changes made on other PCs are not shown until DojoPool opens the database again.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen: Änderungen auf anderen PCs werden erst angezeigt, wenn DojoPool die Datenbank erneut öffnet.</translation>
    </message>
    <message>
        <source>The database can no longer be read (%1): changes made by other programs are not shown until DojoPool opens it again.</source>
        <translation>Die Datenbank kann nicht mehr gelesen werden (%1): Änderungen durch andere Programme werden erst angezeigt, wenn DojoPool sie erneut öffnet.</translation>
    </message>
    <message>
        <source>booking %1 for %2 is cancelled</source>
        <translation>Buchung %1 für %2 ist storniert</translation>
    </message>
    <message>
        <source>booking %1 for %2 was released: no one checked in within the grace minutes</source>
        <translation>Buchung %1 für %2 wurde freigegeben: niemand hat innerhalb der Kulanzminuten eingecheckt</translation>
    </message>
    <message>
        <source>there is no booking %1</source>
        <translation>es gibt keine Buchung %1</translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation>es gibt keinen Tisch %1</translation>
    </message>
    <message>
        <source>a booking needs a start and an end</source>
        <translation>eine Buchung braucht einen Beginn und ein Ende</translation>
    </message>
    <message>
        <source>a booking must end after it starts</source>
        <translation>eine Buchung muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <source>%1 is out of order</source>
        <translation>%1 ist außer Betrieb</translation>
    </message>
    <message>
        <source>a booking needs the name of who books</source>
        <translation>eine Buchung braucht den Namen dessen, der bucht</translation>
    </message>
    <message>
        <source>cannot book the table: %1</source>
        <translation>der Tisch kann nicht gebucht werden: %1</translation>
    </message>
    <message>
        <source>%1 is in another venue than the booking</source>
        <translation>%1 ist in einem anderen Salon als die Buchung</translation>
    </message>
    <message>
        <source>cannot move booking %1: %2</source>
        <translation>Buchung %1 kann nicht verschoben werden: %2</translation>
    </message>
    <message>
        <source>cannot book booking %1 again: %2</source>
        <translation>Buchung %1 kann nicht erneut gebucht werden: %2</translation>
    </message>
    <message>
        <source>cannot cancel booking %1: %2</source>
        <translation>Buchung %1 kann nicht storniert werden: %2</translation>
    </message>
    <message>
        <source>cannot check in booking %1: %2</source>
        <translation>Buchung %1 kann nicht eingecheckt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the bookings: %1</source>
        <translation>die Buchungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read booking %1: %2</source>
        <translation>Buchung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot release the overdue bookings: %1</source>
        <translation>die überfälligen Buchungen können nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>cannot read the venue&apos;s time zone: %1</source>
        <translation>die Zeitzone des Salons kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the venue&apos;s grace minutes: %1</source>
        <translation>die Kulanzminuten des Salons können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the table time of venue %1: %2</source>
        <translation>die Spielzeiten von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the receipts of venue %1: %2</source>
        <translation>die Quittungen von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the bookings of venue %1: %2</source>
        <translation>die Buchungen von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no such member of staff.</source>
        <translation>Diesen Mitarbeiter gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is the venue&apos;s last active manager: make another member of staff a manager first.</source>
        <translation>%1 ist der letzte aktive Manager des Salons: machen Sie zuerst einen anderen Mitarbeiter zum Manager.</translation>
    </message>
    <message>
        <source>A member of staff needs a name.</source>
        <translation>Ein Mitarbeiter braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: a member of staff is a manager, front desk or a referee.</source>
        <translation>„%1“ ist keine Rolle: ein Mitarbeiter ist Manager, Empfang oder Schiedsrichter.</translation>
    </message>
    <message>
        <source>A member of staff needs a PIN.</source>
        <translation>Ein Mitarbeiter braucht eine PIN.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already taken by another member of staff.</source>
        <translation>Der Name „%1“ ist bereits an einen anderen Mitarbeiter vergeben.</translation>
    </message>
    <message>
        <source>The database returned no id for the new member of staff.</source>
        <translation>Die Datenbank hat für den neuen Mitarbeiter keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>cannot read the staff of venue %1: %2</source>
        <translation>das Personal von Salon %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the lock minutes of venue %1: %2</source>
        <translation>die Sperrminuten von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the rates of venue %1: %2</source>
        <translation>die Tarife von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot change the rates of venue %1: %2</source>
        <translation>die Tarife von Salon %1 können nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>a rate needs the class of table it is for</source>
        <translation>ein Tarif braucht die Tischklasse, für die er gilt</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; has two rates</source>
        <translation>die Klasse „%1“ hat zwei Tarife</translation>
    </message>
    <message>
        <source>the rate for &quot;%1&quot; is below zero</source>
        <translation>der Tarif für „%1“ ist kleiner als null</translation>
    </message>
    <message>
        <source>there is no such session</source>
        <translation>diese Sitzung gibt es nicht</translation>
    </message>
    <message>
        <source>the session was checked out already</source>
        <translation>die Sitzung wurde bereits ausgecheckt</translation>
    </message>
    <message>
        <source>there is no table &quot;%1&quot;</source>
        <translation>es gibt keinen Tisch „%1“</translation>
    </message>
    <message>
        <source>%1 is taken: %2 is playing there</source>
        <translation>%1 ist belegt: dort spielt %2</translation>
    </message>
    <message>
        <source>cannot check %1 in at %2: %3</source>
        <translation>%1 kann nicht an %2 eingecheckt werden: %3</translation>
    </message>
    <message>
        <source>a session needs the name of who plays</source>
        <translation>eine Sitzung braucht den Namen dessen, der spielt</translation>
    </message>
    <message>
        <source>the table has no rate class</source>
        <translation>der Tisch hat keine Tarifklasse</translation>
    </message>
    <message>
        <source>booking %1 is no longer waiting to be checked in</source>
        <translation>Buchung %1 wartet nicht mehr auf den Check-in</translation>
    </message>
    <message>
        <source>cannot pause session %1: %2</source>
        <translation>Sitzung %1 kann nicht pausiert werden: %2</translation>
    </message>
    <message>
        <source>it is paused already</source>
        <translation>sie ist bereits pausiert</translation>
    </message>
    <message>
        <source>cannot resume session %1: %2</source>
        <translation>Sitzung %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>it is running already</source>
        <translation>sie läuft bereits</translation>
    </message>
    <message>
        <source>its table was removed</source>
        <translation>ihr Tisch wurde entfernt</translation>
    </message>
    <message>
        <source>cannot move session %1 to %2: %3</source>
        <translation>Sitzung %1 kann nicht an %2 verlegt werden: %3</translation>
    </message>
    <message>
        <source>it is played there already</source>
        <translation>dort wird bereits gespielt</translation>
    </message>
    <message>
        <source>cannot check out session %1: %2</source>
        <translation>Sitzung %1 kann nicht ausgecheckt werden: %2</translation>
    </message>
    <message>
        <source>it was changed at another desk meanwhile; check out again</source>
        <translation>sie wurde inzwischen an einem anderen Empfang geändert; bitte erneut auschecken</translation>
    </message>
    <message>
        <source>cannot void receipt %1: %2</source>
        <translation>Quittung %1 kann nicht storniert werden: %2</translation>
    </message>
    <message>
        <source>there is no such receipt, or it is void already</source>
        <translation>diese Quittung gibt es nicht, oder sie ist bereits storniert</translation>
    </message>
    <message>
        <source>cannot read session %1: %2</source>
        <translation>Sitzung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the sessions of venue %1: %2</source>
        <translation>die Sitzungen von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot add %1 to the queue: %2</source>
        <translation>%1 kann nicht zur Warteliste hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>a party in the queue needs a name</source>
        <translation>eine Gruppe auf der Warteliste braucht einen Namen</translation>
    </message>
    <message>
        <source>a party is at least one person</source>
        <translation>eine Gruppe besteht aus mindestens einer Person</translation>
    </message>
    <message>
        <source>%1, party of %2</source>
        <translation>%1, Gruppe mit %2 Personen</translation>
    </message>
    <message>
        <source>cannot take party %1 off the queue: %2</source>
        <translation>Gruppe %1 kann nicht von der Warteliste genommen werden: %2</translation>
    </message>
    <message>
        <source>a party leaves the queue seated or gone, not &quot;%1&quot;</source>
        <translation>eine Gruppe verlässt die Warteliste platziert oder gegangen, nicht „%1“</translation>
    </message>
    <message>
        <source>the party is not waiting</source>
        <translation>die Gruppe wartet nicht</translation>
    </message>
    <message>
        <source>cannot read the queue of venue %1: %2</source>
        <translation>die Warteliste von Salon %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no such player</source>
        <translation>diesen Spieler gibt es nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) still to come hold it; cancel or move them first</source>
        <translation>
            <numerusform>%n kommende Buchung belegt ihn; stornieren oder verschieben Sie sie zuerst</numerusform>
            <numerusform>%n kommende Buchungen belegen ihn; stornieren oder verschieben Sie sie zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>a session is open on it; check it out first</source>
        <translation>an ihm ist eine Sitzung offen; checken Sie sie zuerst aus</translation>
    </message>
    <message>
        <source>cannot change the settings of venue %1: %2</source>
        <translation>die Einstellungen von Salon %1 können nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>cannot change table %1: %2</source>
        <translation>Tisch %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>cannot remove table %1: %2</source>
        <translation>Tisch %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot place table %1 on the floor plan: %2</source>
        <translation>Tisch %1 kann nicht auf dem Hallenplan platziert werden: %2</translation>
    </message>
    <message>
        <source>cannot change player %1: %2</source>
        <translation>Spieler %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>cannot remove player %1: %2</source>
        <translation>Spieler %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>player %1 (&quot;%2&quot;) is a member until &quot;%3&quot;, which is not a date this DojoPool reads</source>
        <translation>Spieler %1 („%2“) ist Mitglied bis „%3“, und das ist kein Datum, das dieses DojoPool lesen kann</translation>
    </message>
    <message>
        <source>cannot read the matches at table %1: %2</source>
        <translation>die Matches an Tisch %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read player %1: %2</source>
        <translation>Spieler %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no player %1</source>
        <translation>es gibt keinen Spieler %1</translation>
    </message>
    <message>
        <source>there is no such tournament</source>
        <translation>dieses Turnier gibt es nicht</translation>
    </message>
    <message>
        <source>cannot read the tournaments: %1</source>
        <translation>die Turniere können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the tournament: %1</source>
        <translation>das Turnier kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>there is no tournament %1</source>
        <translation>es gibt kein Turnier %1</translation>
    </message>
    <message>
        <source>cannot create the tournament %1: %2</source>
        <translation>das Turnier %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>a tournament needs a name</source>
        <translation>ein Turnier braucht einen Namen</translation>
    </message>
    <message>
        <source>a tournament needs a start time</source>
        <translation>ein Turnier braucht eine Startzeit</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>cannot change the tournament %1: %2</source>
        <translation>das Turnier %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>its draw is made: reopen it first</source>
        <translation>seine Auslosung ist schon erfolgt: zuerst die Anmeldung wieder öffnen</translation>
    </message>
    <message>
        <source>cannot change the tournament&apos;s state: %1</source>
        <translation>der Status des Turniers kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tournament&apos;s state</source>
        <translation>„%1“ ist kein Status eines Turniers</translation>
    </message>
    <message>
        <source>a match of its draw has started</source>
        <translation>ein Match seiner Auslosung hat begonnen</translation>
    </message>
    <message>
        <source>cannot read the tournament&apos;s players: %1</source>
        <translation>die Spieler des Turniers können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot enter the player: %1</source>
        <translation>der Spieler kann nicht gemeldet werden: %1</translation>
    </message>
    <message>
        <source>the player is already entered</source>
        <translation>der Spieler ist bereits gemeldet</translation>
    </message>
    <message>
        <source>the tournament is over</source>
        <translation>das Turnier ist beendet</translation>
    </message>
    <message>
        <source>its first match has started</source>
        <translation>sein erstes Match hat begonnen</translation>
    </message>
    <message numerus="yes">
        <source>it is full (%n players)</source>
        <translation>
            <numerusform>es ist voll (%n Spieler)</numerusform>
            <numerusform>es ist voll (%n Spieler)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot change the player&apos;s entry: %1</source>
        <translation>die Meldung des Spielers kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry&apos;s state</source>
        <translation>„%1“ ist kein Status einer Meldung</translation>
    </message>
    <message>
        <source>there is no such entry</source>
        <translation>diese Meldung gibt es nicht</translation>
    </message>
    <message>
        <source>cannot make the draw: %1</source>
        <translation>die Auslosung kann nicht vorgenommen werden: %1</translation>
    </message>
    <message>
        <source>the tournament is not taking sign-ups</source>
        <translation>das Turnier nimmt keine Anmeldungen an</translation>
    </message>
    <message>
        <source>an entry is not this tournament&apos;s</source>
        <translation>eine Meldung gehört nicht zu diesem Turnier</translation>
    </message>
    <message>
        <source>cannot reopen the tournament: %1</source>
        <translation>das Turnier kann nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>it is not running</source>
        <translation>es läuft nicht</translation>
    </message>
    <message>
        <source>cannot read the tournament&apos;s tables: %1</source>
        <translation>die Tische des Turniers können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot give the match its table: %1</source>
        <translation>dem Match kann kein Tisch zugewiesen werden: %1</translation>
    </message>
    <message>
        <source>the match has started at its table</source>
        <translation>das Match hat an seinem Tisch begonnen</translation>
    </message>
    <message>
        <source>cannot link the table&apos;s match to the draw: %1</source>
        <translation>das Match des Tisches kann nicht mit der Auslosung verknüpft werden: %1</translation>
    </message>
    <message>
        <source>cannot link the table&apos;s match to the draw: the match has no table</source>
        <translation>das Match des Tisches kann nicht mit der Auslosung verknüpft werden: das Match hat keinen Tisch</translation>
    </message>
    <message>
        <source>cannot read the tournament&apos;s results: %1</source>
        <translation>die Ergebnisse des Turniers können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot record the result: %1</source>
        <translation>das Ergebnis kann nicht eingetragen werden: %1</translation>
    </message>
    <message>
        <source>a result comes by hand or from the referee</source>
        <translation>ein Ergebnis wird von Hand eingetragen oder kommt vom Schiedsrichter</translation>
    </message>
    <message>
        <source>the tournament is not running</source>
        <translation>das Turnier läuft nicht</translation>
    </message>
    <message>
        <source>another desk changed the draw just now; look at it again</source>
        <translation>ein anderer Empfang hat die Auslosung gerade geändert; bitte neu ansehen</translation>
    </message>
    <message>
        <source>cannot take the result back: %1</source>
        <translation>das Ergebnis kann nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <source>it is not standing</source>
        <translation>es gilt nicht mehr</translation>
    </message>
    <message>
        <source>a player cannot be merged into themselves</source>
        <translation>ein Spieler kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>%1 and %2 are players of different venues</source>
        <translation>%1 und %2 sind Spieler verschiedener Salons</translation>
    </message>
    <message>
        <source>%1 is already merged into another player</source>
        <translation>%1 ist bereits mit einem anderen Spieler zusammengeführt</translation>
    </message>
    <message>
        <source>%1 was merged into another player; merge into the player kept instead</source>
        <translation>%1 wurde mit einem anderen Spieler zusammengeführt; stattdessen mit dem behaltenen Spieler zusammenführen</translation>
    </message>
    <message>
        <source>cannot merge player %1 into player %2: %3</source>
        <translation>Spieler %1 kann nicht mit Spieler %2 zusammengeführt werden: %3</translation>
    </message>
    <message>
        <source>%1 is not merged into another player</source>
        <translation>%1 ist mit keinem anderen Spieler zusammengeführt</translation>
    </message>
    <message>
        <source>cannot unmerge player %1: %2</source>
        <translation>Spieler %1 kann nicht wieder getrennt werden: %2</translation>
    </message>
    <message>
        <source>the starter rating of %1 must be from %2 to %3, not %4</source>
        <translation>das Start-Rating von %1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>cannot enter the result of player %1 against player %2: %3</source>
        <translation>das Ergebnis von Spieler %1 gegen Spieler %2 kann nicht eingetragen werden: %3</translation>
    </message>
    <message>
        <source>cannot void result %1: %2</source>
        <translation>Ergebnis %1 kann nicht annulliert werden: %2</translation>
    </message>
    <message>
        <source>cannot correct result %1: %2</source>
        <translation>Ergebnis %1 kann nicht korrigiert werden: %2</translation>
    </message>
    <message>
        <source>cannot read result %1: %2</source>
        <translation>Ergebnis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no result %1</source>
        <translation>es gibt kein Ergebnis %1</translation>
    </message>
    <message>
        <source>cannot read the results of venue %1: %2</source>
        <translation>die Ergebnisse von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the matches of venue %1: %2</source>
        <translation>die Matches von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the racks played at venue %1: %2</source>
        <translation>die in Salon %1 gespielten Racks können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a result needs two different players</source>
        <translation>ein Ergebnis braucht zwei verschiedene Spieler</translation>
    </message>
    <message>
        <source>the racks won cannot be negative</source>
        <translation>gewonnene Racks können nicht negativ sein</translation>
    </message>
    <message>
        <source>a result needs at least one rack played</source>
        <translation>ein Ergebnis braucht mindestens ein gespieltes Rack</translation>
    </message>
    <message>
        <source>a result needs the game played</source>
        <translation>ein Ergebnis braucht die gespielte Spielart</translation>
    </message>
    <message>
        <source>a result needs the day it was played</source>
        <translation>ein Ergebnis braucht den Tag, an dem gespielt wurde</translation>
    </message>
    <message>
        <source>a result comes by hand, from a challenge or from a tournament, not &quot;%1&quot;</source>
        <translation>ein Ergebnis wird von Hand eingetragen oder kommt aus einer Herausforderung oder einem Turnier, nicht „%1“</translation>
    </message>
    <message>
        <source>player %1 is not a player of venue %2</source>
        <translation>Spieler %1 ist kein Spieler von Salon %2</translation>
    </message>
    <message>
        <source>result %1 is void already</source>
        <translation>Ergebnis %1 ist bereits annulliert</translation>
    </message>
    <message>
        <source>there is no challenge %1</source>
        <translation>es gibt keine Herausforderung %1</translation>
    </message>
    <message>
        <source>the challenge is %1, so it cannot become %2</source>
        <translation>die Herausforderung ist „%1“ und kann daher nicht „%2“ werden</translation>
    </message>
    <message>
        <source>another desk changed the challenge meanwhile</source>
        <translation>ein anderer Empfang hat die Herausforderung inzwischen geändert</translation>
    </message>
    <message>
        <source>cannot issue the challenge: %1</source>
        <translation>die Herausforderung kann nicht ausgesprochen werden: %1</translation>
    </message>
    <message>
        <source>a player cannot challenge themselves</source>
        <translation>ein Spieler kann sich nicht selbst herausfordern</translation>
    </message>
    <message>
        <source>a challenge is a race to at least one rack</source>
        <translation>eine Herausforderung ist ein Race auf mindestens ein Rack</translation>
    </message>
    <message>
        <source>a challenge needs the game to play</source>
        <translation>eine Herausforderung braucht die Spielart</translation>
    </message>
    <message>
        <source>both players must be players of the venue</source>
        <translation>beide Spieler müssen Spieler des Salons sein</translation>
    </message>
    <message>
        <source>cannot answer challenge %1: %2</source>
        <translation>Herausforderung %1 kann nicht beantwortet werden: %2</translation>
    </message>
    <message>
        <source>a challenge is accepted, declined or withdrawn, not &quot;%1&quot;</source>
        <translation>eine Herausforderung wird angenommen, abgelehnt oder zurückgezogen, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot book a table for challenge %1: %2</source>
        <translation>für Herausforderung %1 kann kein Tisch gebucht werden: %2</translation>
    </message>
    <message>
        <source>cannot enter the result of challenge %1: %2</source>
        <translation>das Ergebnis von Herausforderung %1 kann nicht eingetragen werden: %2</translation>
    </message>
    <message>
        <source>the result must be between the challenge&apos;s two players</source>
        <translation>das Ergebnis muss zwischen den beiden Spielern der Herausforderung sein</translation>
    </message>
    <message>
        <source>cannot read challenge %1: %2</source>
        <translation>Herausforderung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the challenges of venue %1: %2</source>
        <translation>die Herausforderungen von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no event %1</source>
        <translation>es gibt keine Veranstaltung %1</translation>
    </message>
    <message>
        <source>%1 is not a player of the event&apos;s venue</source>
        <translation>%1 ist kein Spieler des Salons der Veranstaltung</translation>
    </message>
    <message>
        <source>cannot create the event &quot;%1&quot;: %2</source>
        <translation>die Veranstaltung „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>an event needs a name</source>
        <translation>eine Veranstaltung braucht einen Namen</translation>
    </message>
    <message>
        <source>an event is a league night, open play or a tournament, not &quot;%1&quot;</source>
        <translation>eine Veranstaltung ist ein Ligaabend, freies Spiel oder ein Turnier, nicht „%1“</translation>
    </message>
    <message>
        <source>an event must end after it starts</source>
        <translation>eine Veranstaltung muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <source>an event&apos;s cap is a number of players, or 0 for no cap</source>
        <translation>die Höchstzahl einer Veranstaltung ist eine Anzahl Spieler, oder 0 für keine Begrenzung</translation>
    </message>
    <message>
        <source>cannot cancel event %1: %2</source>
        <translation>Veranstaltung %1 kann nicht abgesagt werden: %2</translation>
    </message>
    <message>
        <source>it is cancelled already</source>
        <translation>sie ist bereits abgesagt</translation>
    </message>
    <message>
        <source>cannot sign player %1 up for event %2: %3</source>
        <translation>Spieler %1 kann nicht für Veranstaltung %2 angemeldet werden: %3</translation>
    </message>
    <message>
        <source>the event is cancelled</source>
        <translation>die Veranstaltung ist abgesagt</translation>
    </message>
    <message>
        <source>%1 is signed up already</source>
        <translation>%1 ist bereits angemeldet</translation>
    </message>
    <message>
        <source>cannot cancel the sign-up of player %1 for event %2: %3</source>
        <translation>die Anmeldung von Spieler %1 für Veranstaltung %2 kann nicht storniert werden: %3</translation>
    </message>
    <message>
        <source>the player is not signed up</source>
        <translation>der Spieler ist nicht angemeldet</translation>
    </message>
    <message>
        <source>cannot read event %1: %2</source>
        <translation>Veranstaltung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the events of venue %1: %2</source>
        <translation>die Veranstaltungen von Salon %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the sign-ups of event %1: %2</source>
        <translation>die Anmeldungen für Veranstaltung %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no entry %1 in the queue</source>
        <translation>es gibt keinen Eintrag %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>cannot put player %1 in the queue: %2</source>
        <translation>Spieler %1 kann nicht in die Warteschlange gestellt werden: %2</translation>
    </message>
    <message>
        <source>a player waits for a game</source>
        <translation>ein Spieler wartet auf eine bestimmte Spielart</translation>
    </message>
    <message>
        <source>%1 is not a player of the venue</source>
        <translation>%1 ist kein Spieler des Salons</translation>
    </message>
    <message>
        <source>%1 is waiting for %2 already</source>
        <translation>%1 wartet bereits auf %2</translation>
    </message>
    <message>
        <source>cannot take player %1 off the queue: %2</source>
        <translation>Spieler %1 kann nicht aus der Warteschlange genommen werden: %2</translation>
    </message>
    <message>
        <source>the player is not waiting</source>
        <translation>der Spieler wartet nicht</translation>
    </message>
    <message>
        <source>cannot match queue entries %1 and %2: %3</source>
        <translation>die Einträge %1 und %2 der Warteschlange können nicht gepaart werden: %3</translation>
    </message>
    <message>
        <source>a player cannot be matched with themselves</source>
        <translation>ein Spieler kann nicht mit sich selbst gepaart werden</translation>
    </message>
    <message>
        <source>%1 is no longer waiting</source>
        <translation>%1 wartet nicht mehr</translation>
    </message>
    <message>
        <source>the two entries are not two players of one venue</source>
        <translation>die beiden Einträge sind nicht zwei Spieler desselben Salons</translation>
    </message>
    <message>
        <source>%1 waits for %2 and %3 for %4</source>
        <translation>%1 wartet auf %2 und %3 auf %4</translation>
    </message>
    <message>
        <source>cannot read entry %1 of the queue: %2</source>
        <translation>Eintrag %1 der Warteschlange kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the table time of players of venue %1: %2</source>
        <translation>die Spielzeit der Spieler von Salon %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the backups: %1</source>
        <translation>die Sicherungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot claim the nightly backup: %1</source>
        <translation>die nächtliche Sicherung kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>cannot record the backup: %1</source>
        <translation>die Sicherung kann nicht verzeichnet werden: %1</translation>
    </message>
    <message>
        <source>cannot record the failed backup: %1</source>
        <translation>die fehlgeschlagene Sicherung kann nicht verzeichnet werden: %1</translation>
    </message>
    <message>
        <source>cannot record the backups: %1</source>
        <translation>die Sicherungen können nicht verzeichnet werden: %1</translation>
    </message>
    <message>
        <source>there is no backup file %1</source>
        <translation>es gibt keine Sicherungsdatei %1</translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation>die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a DojoPool backup: it is an SQLite database without DojoPool&apos;s tables</source>
        <translation>%1 ist keine DojoPool-Sicherung: es ist eine SQLite-Datenbank ohne die Tabellen von DojoPool</translation>
    </message>
    <message>
        <source>%1 is not a DojoPool backup: it is a PostgreSQL dump without DojoPool&apos;s tables</source>
        <translation>%1 ist keine DojoPool-Sicherung: es ist ein PostgreSQL-Dump ohne die Tabellen von DojoPool</translation>
    </message>
    <message>
        <source>%1 is not a DojoPool backup: it is neither an SQLite database nor a PostgreSQL dump</source>
        <translation>%1 ist keine DojoPool-Sicherung: es ist weder eine SQLite-Datenbank noch ein PostgreSQL-Dump</translation>
    </message>
    <message>
        <source>%1 is a folder; name the backup file</source>
        <translation>%1 ist ein Ordner; nennen Sie die Sicherungsdatei</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 gibt es bereits</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the backup</source>
        <translation>der Ordner %1 für die Sicherung kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>there is no SQLite database %1 to back up</source>
        <translation>es gibt keine SQLite-Datenbank %1 zum Sichern</translation>
    </message>
    <message>
        <source>the backup cannot be the database itself</source>
        <translation>die Sicherung kann nicht die Datenbank selbst sein</translation>
    </message>
    <message>
        <source>the copy of %1 does not read back: %2</source>
        <translation>die Kopie von %1 lässt sich nicht zurücklesen: %2</translation>
    </message>
    <message>
        <source>cannot write %1 to the disk</source>
        <translation>%1 kann nicht auf die Festplatte geschrieben werden</translation>
    </message>
    <message>
        <source>cannot name the backup %1</source>
        <translation>die Sicherung %1 kann nicht benannt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read who runs the venue: %1</source>
        <translation>es lässt sich nicht lesen, wer den Salon betreibt: %1</translation>
    </message>
    <message>
        <source>the venue is running (%1); stop the window and serve on every PC first</source>
        <translation>der Salon läuft (%1); beenden Sie zuerst das Fenster und serve auf jedem PC</translation>
    </message>
    <message>
        <source>the database has changes from %1 that this backup (of %2) lacks</source>
        <translation>die Datenbank hat Änderungen vom %1, die dieser Sicherung (vom %2) fehlen</translation>
    </message>
    <message>
        <source>the database has changes from %1 that this backup (which records no change) lacks</source>
        <translation>die Datenbank hat Änderungen vom %1, die dieser Sicherung (die keine Änderung verzeichnet) fehlen</translation>
    </message>
    <message>
        <source>%1 is a backup of an SQLite database; it cannot go into %2</source>
        <translation>%1 ist eine Sicherung einer SQLite-Datenbank; sie kann nicht in %2 eingespielt werden</translation>
    </message>
    <message>
        <source>%1 is a backup of a PostgreSQL database; it cannot go into %2</source>
        <translation>%1 ist eine Sicherung einer PostgreSQL-Datenbank; sie kann nicht in %2 eingespielt werden</translation>
    </message>
    <message>
        <source>%1 is a backup of schema version %2, but this DojoPool knows only up to version %3; use a newer DojoPool</source>
        <translation>%1 ist eine Sicherung der Schemaversion %2, aber dieses DojoPool kennt nur Versionen bis %3; verwenden Sie ein neueres DojoPool</translation>
    </message>
    <message>
        <source>no folder to keep the database in before the restore</source>
        <translation>kein Ordner, um die Datenbank vor der Wiederherstellung aufzubewahren</translation>
    </message>
    <message>
        <source>cannot keep the database as it is before the restore, so nothing was restored: %1</source>
        <translation>die Datenbank kann nicht im jetzigen Zustand vor der Wiederherstellung aufbewahrt werden, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>the restore failed, and the database is as it was: %1</source>
        <translation>die Wiederherstellung ist fehlgeschlagen, und die Datenbank ist unverändert: %1</translation>
    </message>
    <message>
        <source>the backup was restored but cannot be opened: %1</source>
        <translation>die Sicherung wurde wiederhergestellt, lässt sich aber nicht öffnen: %1</translation>
    </message>
    <message>
        <source>interrupted: the database was restored</source>
        <translation>unterbrochen: die Datenbank wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>it ended with status %1</source>
        <translation>es endete mit Status %1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not installed: a PostgreSQL venue&apos;s backups need PostgreSQL&apos;s client tools (on Debian: apt install postgresql-client)</source>
        <translation>%1 ist nicht installiert: Die Sicherungen eines PostgreSQL-Salons brauchen die Client-Werkzeuge von PostgreSQL (unter Debian: apt install postgresql-client)</translation>
    </message>
    <message>
        <source>cannot run pg_dump: %1</source>
        <translation>pg_dump kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot run pg_restore: %1</source>
        <translation>pg_restore kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>cannot run psql: %1</source>
        <translation>psql kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>psql failed: %1</source>
        <translation>psql fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>pg_restore failed: %1</source>
        <translation>pg_restore fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>the database stayed busy (%1)</source>
        <translation>die Datenbank blieb belegt (%1)</translation>
    </message>
    <message>
        <source>cannot finish the copy %1: %2</source>
        <translation>die Kopie %1 kann nicht abgeschlossen werden: %2</translation>
    </message>
</context>
<context>
    <name>dojo::ui</name>
    <message>
        <source>8 ft oversized</source>
        <translation>8 ft Übergröße</translation>
    </message>
    <message>
        <source>%1 ft</source>
        <translation>%1 ft</translation>
    </message>
    <message>
        <source>%1 × %2 in</source>
        <translation>%1 × %2 Zoll</translation>
    </message>
    <message>
        <source>About DojoPool</source>
        <translation>Über DojoPool</translation>
    </message>
    <message>
        <source>&lt;h2&gt;DojoPool %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;DojoPool %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The smart pool venue: overhead cameras track every ball, the automatic referee rules by the WPA World Standardized Rules, players join their table from their phones, and the front desk runs bookings, players and tournaments.&lt;/p&gt;&lt;p&gt;Built with Qt %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der smarte Billardsalon: Deckenkameras verfolgen jede Kugel, der automatische Schiedsrichter entscheidet nach den WPA World Standardized Rules, Spieler treten ihrem Tisch mit dem Handy bei, und der Empfang verwaltet Buchungen, Spieler und Turniere.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the venue again from the database</source>
        <translation>Den Salon neu aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>Remove &amp;Demo Venue…</source>
        <translation>&amp;Demo-Salon entfernen…</translation>
    </message>
    <message>
        <source>Remove the demo venue with its tables and players</source>
        <translation>Den Demo-Salon mit seinen Tischen und Spielern entfernen</translation>
    </message>
    <message>
        <source>&amp;About DojoPool</source>
        <translation>Ü&amp;ber DojoPool</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tisch</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Salon</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>The venue shown on the floor</source>
        <translation>Der Salon, dessen Tische angezeigt werden</translation>
    </message>
    <message>
        <source>Venue: </source>
        <translation>Salon: </translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>&amp;Players</source>
        <translation>&amp;Spieler</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Could not read the venue.</source>
        <translation>Der Salon konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 — DojoPool</source>
        <translation>%1 — DojoPool</translation>
    </message>
    <message>
        <source>DojoPool</source>
        <translation>DojoPool</translation>
    </message>
    <message>
        <source>No venue in this database.</source>
        <translation>Diese Datenbank enthält keinen Salon.</translation>
    </message>
    <message>
        <source>The table&apos;s status could not be saved.</source>
        <translation>Der Status des Tisches konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Remove Demo Venue</source>
        <translation>Demo-Salon entfernen</translation>
    </message>
    <message>
        <source>Remove the demo venue “%1” with all its tables and players?

Your own venues are not touched. This cannot be undone: the demo venue does not come back.</source>
        <translation>Den Demo-Salon „%1“ mit allen Tischen und Spielern entfernen?

Ihre eigenen Salons bleiben unberührt. Das kann nicht rückgängig gemacht werden: Der Demo-Salon kommt nicht wieder.</translation>
    </message>
    <message>
        <source>The demo venue could not be removed.</source>
        <translation>Der Demo-Salon konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The demo venue was removed.</source>
        <translation>Der Demo-Salon wurde entfernt.</translation>
    </message>
    <message>
        <source>Find a player</source>
        <translation>Spieler suchen</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Players: %1</source>
        <translation>Spieler: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
Camera: %4</source>
        <translation>%1 — %2 (%3)
Kamera: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <source>This venue has no tables yet.</source>
        <translation>Dieser Salon hat noch keine Tische.</translation>
    </message>
    <message>
        <source>Camera of %1</source>
        <translation>Kamera von %1</translation>
    </message>
    <message>
        <source>A camera on this PC</source>
        <translation>Eine Kamera an diesem PC</translation>
    </message>
    <message>
        <source>A video file or a folder of images</source>
        <translation>Eine Videodatei oder ein Bilderordner</translation>
    </message>
    <message>
        <source>A network stream</source>
        <translation>Ein Netzwerk-Stream</translation>
    </message>
    <message>
        <source>The simulated table</source>
        <translation>Der simulierte Tisch</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>The table is shown without a picture.</source>
        <translation>Der Tisch wird ohne Bild angezeigt.</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Quelle als Text</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source &amp;text:</source>
        <translation>Quelle als &amp;Text:</translation>
    </message>
    <message>
        <source>No camera is connected to this PC.</source>
        <translation>An diesem PC ist keine Kamera angeschlossen.</translation>
    </message>
    <message>
        <source>The camera&apos;s own</source>
        <translation>Vorgabe der Kamera</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <source>&amp;Picture size:</source>
        <translation>&amp;Bildgröße:</translation>
    </message>
    <message>
        <source>&amp;Frames per second:</source>
        <translation>Bilder pro &amp;Sekunde:</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Datei oder Ordner</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>Video file or image</source>
        <translation>Videodatei oder Bild</translation>
    </message>
    <message>
        <source>Videos and images (*.avi *.mp4 *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Videos und Bilder (*.avi *.mp4 *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Bilderordner</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>9-ball</source>
        <translation>9-Ball</translation>
    </message>
    <message>
        <source>8-ball</source>
        <translation>8-Ball</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Spielart:</translation>
    </message>
    <message>
        <source>&amp;Open Table Screen</source>
        <translation>&amp;Tischbildschirm öffnen</translation>
    </message>
    <message>
        <source>Show the table&apos;s camera, its match and its camera&apos;s health in a window</source>
        <translation>Kamera, Match und Kamerazustand des Tisches in einem Fenster zeigen</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Kamera…</translation>
    </message>
    <message>
        <source>Choose where the table&apos;s pictures come from: a camera, a video, a stream or the simulated table</source>
        <translation>Wählen, woher die Bilder des Tisches kommen: eine Kamera, ein Video, ein Stream oder der simulierte Tisch</translation>
    </message>
    <message>
        <source>The table&apos;s camera could not be saved.</source>
        <translation>Die Kamera des Tisches konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <source>No camera is set up for this table.</source>
        <translation>Für diesen Tisch ist keine Kamera eingerichtet.</translation>
    </message>
    <message>
        <source>Waiting for the camera&apos;s first picture…</source>
        <translation>Warten auf das erste Bild der Kamera…</translation>
    </message>
    <message>
        <source>Connecting to the camera…</source>
        <translation>Verbindung zur Kamera wird hergestellt…</translation>
    </message>
    <message>
        <source>The camera is switched off.</source>
        <translation>Die Kamera ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The video has come to its end.</source>
        <translation>Das Video ist zu Ende.</translation>
    </message>
    <message>
        <source>The camera is not working.</source>
        <translation>Die Kamera funktioniert nicht.</translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation>Neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <source>Trying again now.</source>
        <translation>Neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>Attempts since the last picture: %1.</source>
        <translation>Versuche seit dem letzten Bild: %1.</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindet…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Funktioniert nicht</translation>
    </message>
    <message>
        <source>Video ended</source>
        <translation>Video zu Ende</translation>
    </message>
    <message>
        <source>Camera health</source>
        <translation>Kamerazustand</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Frames in:</source>
        <translation>Eingehende Bilder:</translation>
    </message>
    <message>
        <source>Processed:</source>
        <translation>Verarbeitet:</translation>
    </message>
    <message>
        <source>Dropped:</source>
        <translation>Verworfen:</translation>
    </message>
    <message>
        <source>Time per frame:</source>
        <translation>Zeit pro Bild:</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Neue Versuche:</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>10-ball</source>
        <translation>10-Ball</translation>
    </message>
    <message>
        <source>14.1 continuous</source>
        <translation>14.1 endlos</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Anzeigetafel</translation>
    </message>
    <message>
        <source>No match at this table.</source>
        <translation>An diesem Tisch läuft kein Match.</translation>
    </message>
    <message>
        <source>Open table: no groups are chosen yet.</source>
        <translation>Offener Tisch: Es sind noch keine Gruppen gewählt.</translation>
    </message>
    <message>
        <source>Last ruling</source>
        <translation>Letzte Entscheidung</translation>
    </message>
    <message>
        <source>At the table</source>
        <translation>Am Tisch</translation>
    </message>
    <message>
        <source>%1, to %2 points</source>
        <translation>%1, auf %2 Punkte</translation>
    </message>
    <message>
        <source>%1, race to %2</source>
        <translation>%1, Race auf %2</translation>
    </message>
    <message>
        <source>Shots: %1</source>
        <translation>Stöße: %1</translation>
    </message>
    <message>
        <source>%1 has ball in hand.</source>
        <translation>%1 hat Ball in der Hand.</translation>
    </message>
    <message>
        <source>%1 has ball in hand behind the head string.</source>
        <translation>%1 hat Ball in der Hand hinter der Kopflinie.</translation>
    </message>
    <message>
        <source>No shot has been played yet.</source>
        <translation>Es wurde noch kein Stoß gespielt.</translation>
    </message>
    <message>
        <source>%1, at the table, %2</source>
        <translation>%1, am Tisch, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Solids</source>
        <translation>Volle</translation>
    </message>
    <message>
        <source>Stripes</source>
        <translation>Halbe</translation>
    </message>
    <message>
        <source>Fouls in a row: %1</source>
        <translation>Fouls in Folge: %1</translation>
    </message>
    <message>
        <source>The table from above</source>
        <translation>Der Tisch von oben</translation>
    </message>
    <message>
        <source>Balls on the table: %1.</source>
        <translation>Kugeln auf dem Tisch: %1.</translation>
    </message>
    <message>
        <source>Ball positions show here once the table is tracked.</source>
        <translation>Die Kugelpositionen erscheinen hier, sobald der Tisch verfolgt wird.</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit the whole picture (0)</source>
        <translation>Das ganze Bild einpassen (0)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Only the picture, on the whole screen (F11)</source>
        <translation>Nur das Bild, auf dem ganzen Bildschirm (F11)</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>+ − zoom · 0 fit · drag or arrows move · F11 full screen</source>
        <translation>+ − Zoom · 0 Einpassen · Ziehen oder Pfeiltasten verschieben · F11 Vollbild</translation>
    </message>
    <message>
        <source>Balls on the table</source>
        <translation>Kugeln auf dem Tisch</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Fitted: %1 %</source>
        <translation>Eingepasst: %1 %</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>%1, %2, %3, its camera is not working</source>
        <translation>%1, %2, %3, die Kamera funktioniert nicht</translation>
    </message>
    <message>
        <source>Camera not working</source>
        <translation>Kamera funktioniert nicht</translation>
    </message>
    <message>
        <source>&amp;Review Shots…</source>
        <translation>Stöße über&amp;prüfen…</translation>
    </message>
    <message>
        <source>Replay the table&apos;s last shots with the tracking drawn over them, and confirm, correct or overrule their rulings</source>
        <translation>Die letzten Stöße des Tisches mit eingezeichnetem Tracking erneut abspielen und ihre Entscheidungen bestätigen, korrigieren oder aufheben</translation>
    </message>
    <message>
        <source>The table&apos;s corners could not be saved.</source>
        <translation>Die Ecken des Tisches konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1: shot %2 waits for a referee; Table → Review Shots… (Ctrl+R) replays it.</source>
        <translation>%1: Stoß %2 wartet auf einen Schiedsrichter; Tisch → Stöße überprüfen… (Ctrl+R) spielt ihn erneut ab.</translation>
    </message>
    <message>
        <source>This table is not tracked: there are no shots to review.</source>
        <translation>Dieser Tisch wird nicht verfolgt: Es gibt keine Stöße zu überprüfen.</translation>
    </message>
    <message>
        <source>Overrule</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Overrule the last ruling</source>
        <translation>Die letzte Entscheidung aufheben</translation>
    </message>
    <message>
        <source>Set the table as it should stand after the last shot; play goes on from here.</source>
        <translation>Den Tisch so einstellen, wie er nach dem letzten Stoß stehen sollte; von hier aus wird weitergespielt.</translation>
    </message>
    <message>
        <source>&amp;Shoots next:</source>
        <translation>Als &amp;Nächstes am Stoß:</translation>
    </message>
    <message>
        <source>&amp;Ball in hand:</source>
        <translation>Ball in der &amp;Hand:</translation>
    </message>
    <message>
        <source>Open table: no groups yet</source>
        <translation>Offener Tisch: noch keine Gruppen</translation>
    </message>
    <message>
        <source>%1 has the solids, %2 the stripes</source>
        <translation>%1 hat die Vollen, %2 die Halben</translation>
    </message>
    <message>
        <source>%1 has the stripes, %2 the solids</source>
        <translation>%1 hat die Halben, %2 die Vollen</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>The %1 is on the table</source>
        <translation>Die %1 ist auf dem Tisch</translation>
    </message>
    <message>
        <source>On the table:</source>
        <translation>Auf dem Tisch:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Fouls in a row</source>
        <translation>Fouls in Folge</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Your name, as the audit records it</source>
        <translation>Ihr Name, wie ihn das Protokoll festhält</translation>
    </message>
    <message>
        <source>Why, in a sentence (required)</source>
        <translation>Warum, in einem Satz (Pflicht)</translation>
    </message>
    <message>
        <source>Why, in a sentence (optional)</source>
        <translation>Warum, in einem Satz (optional)</translation>
    </message>
    <message>
        <source>&amp;Referee:</source>
        <translation>&amp;Schiedsrichter:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Where the cue ball first touched a ball.</source>
        <translation>Wo die Spielkugel zuerst eine Kugel berührt hat.</translation>
    </message>
    <message>
        <source>Where a ball met a rail after the first contact.</source>
        <translation>Wo eine Kugel nach dem ersten Kontakt eine Bande berührt hat.</translation>
    </message>
    <message>
        <source>A pocket a ball dropped into, with the ball&apos;s number.</source>
        <translation>Eine Tasche, in die eine Kugel gefallen ist, mit der Nummer der Kugel.</translation>
    </message>
    <message>
        <source>A hidden ball: the camera did not see it in this frame.</source>
        <translation>Eine verdeckte Kugel: Die Kamera hat sie in diesem Bild nicht gesehen.</translation>
    </message>
    <message>
        <source>A ball&apos;s path so far; the older part fades.</source>
        <translation>Die bisherige Bahn einer Kugel; der ältere Teil verblasst.</translation>
    </message>
    <message>
        <source>“?” marks a ball the tracker has not identified yet.</source>
        <translation>„?“ markiert eine Kugel, die das Tracking noch nicht erkannt hat.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>No shot to review.</source>
        <translation>Kein Stoß zu überprüfen.</translation>
    </message>
    <message>
        <source>This frame&apos;s picture cannot be read.</source>
        <translation>Dieses Bild kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Rail: %1</source>
        <translation>Bande: %1</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Normale Geschwindigkeit</translation>
    </message>
    <message>
        <source>Half speed (1/2)</source>
        <translation>Halbe Geschwindigkeit (1/2)</translation>
    </message>
    <message>
        <source>Quarter speed (1/4)</source>
        <translation>Viertelgeschwindigkeit (1/4)</translation>
    </message>
    <message>
        <source>Eighth speed (1/8)</source>
        <translation>Achtelgeschwindigkeit (1/8)</translation>
    </message>
    <message>
        <source>Play or Pause</source>
        <translation>Abspielen oder Pause</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>First Frame</source>
        <translation>Erstes Bild</translation>
    </message>
    <message>
        <source>Last Frame</source>
        <translation>Letztes Bild</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>Erstes Bild (Pos1)</translation>
    </message>
    <message>
        <source>One frame back (Left)</source>
        <translation>Ein Bild zurück (Pfeil links)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder Pause (Leertaste)</translation>
    </message>
    <message>
        <source>One frame forward (Right)</source>
        <translation>Ein Bild vor (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>Letztes Bild (Ende)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>%1 s before the strike</source>
        <translation>%1 s vor dem Stoß</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Held shots</source>
        <translation>Zurückgehaltene Stöße</translation>
    </message>
    <message>
        <source>Drawn over the replay</source>
        <translation>In der Wiederholung eingezeichnet</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>The shot is right as the camera saw it: rule it.</source>
        <translation>Der Stoß stimmt so, wie die Kamera ihn gesehen hat: ihn so entscheiden.</translation>
    </message>
    <message>
        <source>&amp;Edit Shot…</source>
        <translation>Stoß b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Correct the shot&apos;s record; the shot is ruled again on it.</source>
        <translation>Die Aufzeichnung des Stoßes korrigieren; der Stoß wird danach neu entschieden.</translation>
    </message>
    <message>
        <source>&amp;Overrule…</source>
        <translation>Entscheidung &amp;aufheben…</translation>
    </message>
    <message>
        <source>Set the rack and the score as they should stand.</source>
        <translation>Rack und Spielstand so einstellen, wie sie stehen sollten.</translation>
    </message>
    <message>
        <source>No frames</source>
        <translation>Keine Bilder</translation>
    </message>
    <message>
        <source>The camera&apos;s frame %1.</source>
        <translation>Bild %1 der Kamera.</translation>
    </message>
    <message>
        <source>%1 s after the strike</source>
        <translation>%1 s nach dem Stoß</translation>
    </message>
    <message>
        <source>%1 — review of shot %2</source>
        <translation>%1 — Überprüfung von Stoß %2</translation>
    </message>
    <message>
        <source>%1 — review</source>
        <translation>%1 — Überprüfung</translation>
    </message>
    <message>
        <source>No match at this table: there is no ruling to overrule.</source>
        <translation>An diesem Tisch läuft kein Match: Es gibt keine Entscheidung aufzuheben.</translation>
    </message>
    <message>
        <source>Shot %1: waiting for a referee</source>
        <translation>Stoß %1: wartet auf einen Schiedsrichter</translation>
    </message>
    <message>
        <source>Shot %1</source>
        <translation>Stoß %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Confirm shot %1</source>
        <translation>Stoß %1 bestätigen</translation>
    </message>
    <message>
        <source>Shot %1 is ruled as the record beside the replay reads.</source>
        <translation>Stoß %1 wird so entschieden, wie es die Aufzeichnung neben der Wiederholung angibt.</translation>
    </message>
    <message>
        <source>The camera asks a referee to look at this shot.</source>
        <translation>Die Kamera bittet einen Schiedsrichter, sich diesen Stoß anzusehen.</translation>
    </message>
    <message>
        <source>What the camera saw</source>
        <translation>Was die Kamera gesehen hat</translation>
    </message>
    <message>
        <source>Physics check of the paths</source>
        <translation>Physikprüfung der Bahnen</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>No shot</source>
        <translation>Kein Stoß</translation>
    </message>
    <message>
        <source>The tracker gave no reason.</source>
        <translation>Das Tracking hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>The paths were not checked.</source>
        <translation>Die Bahnen wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>Waiting for a referee.</source>
        <translation>Wartet auf einen Schiedsrichter.</translation>
    </message>
    <message>
        <source>The referee has not answered yet.</source>
        <translation>Der Schiedsrichter hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <source>No ruling yet.</source>
        <translation>Noch keine Entscheidung.</translation>
    </message>
    <message>
        <source>The record as the referee corrected it</source>
        <translation>Die Aufzeichnung, wie der Schiedsrichter sie korrigiert hat</translation>
    </message>
    <message>
        <source>Rule Again</source>
        <translation>Neu entscheiden</translation>
    </message>
    <message>
        <source>Edit shot %1</source>
        <translation>Stoß %1 bearbeiten</translation>
    </message>
    <message>
        <source>Correct what the camera got wrong; the shot is then ruled on your record.</source>
        <translation>Korrigieren Sie, was die Kamera falsch erfasst hat; der Stoß wird dann nach Ihrer Aufzeichnung entschieden.</translation>
    </message>
    <message>
        <source>This shot was the &amp;break</source>
        <translation>Dieser Stoß war der &amp;Anstoß</translation>
    </message>
    <message>
        <source>None: the cue ball hit no ball</source>
        <translation>Keine: Die Spielkugel hat keine Kugel getroffen</translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation>&amp;Erster Kontakt:</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Kugel</translation>
    </message>
    <message>
        <source>Pocketed in</source>
        <translation>Versenkt in</translation>
    </message>
    <message>
        <source>Rail after contact</source>
        <translation>Bande nach dem Kontakt</translation>
    </message>
    <message>
        <source>Off the table</source>
        <translation>Vom Tisch gesprungen</translation>
    </message>
    <message>
        <source>Cue ball</source>
        <translation>Spielkugel</translation>
    </message>
    <message>
        <source>Pocket of the %1</source>
        <translation>Tasche der %1</translation>
    </message>
    <message>
        <source>Not pocketed</source>
        <translation>Nicht versenkt</translation>
    </message>
    <message>
        <source>The %1 reached a rail after contact</source>
        <translation>Die %1 hat nach dem Kontakt eine Bande erreicht</translation>
    </message>
    <message>
        <source>The %1 left the table</source>
        <translation>Die %1 ist vom Tisch gesprungen</translation>
    </message>
    <message>
        <source>head-left corner</source>
        <translation>Ecktasche links am Kopfende</translation>
    </message>
    <message>
        <source>head-right corner</source>
        <translation>Ecktasche rechts am Kopfende</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>Mitteltasche links</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>Mitteltasche rechts</translation>
    </message>
    <message>
        <source>foot-left corner</source>
        <translation>Ecktasche links am Fußende</translation>
    </message>
    <message>
        <source>foot-right corner</source>
        <translation>Ecktasche rechts am Fußende</translation>
    </message>
    <message>
        <source>cue ball</source>
        <translation>Spielkugel</translation>
    </message>
    <message>
        <source>unidentified ball</source>
        <translation>nicht erkannte Kugel</translation>
    </message>
    <message>
        <source>%1 ball</source>
        <translation>Kugel %1</translation>
    </message>
    <message>
        <source>No ball in hand</source>
        <translation>Kein Ball in der Hand</translation>
    </message>
    <message>
        <source>Ball in hand anywhere</source>
        <translation>Ball in der Hand auf dem ganzen Tisch</translation>
    </message>
    <message>
        <source>Ball in hand behind the head string</source>
        <translation>Ball in der Hand hinter der Kopflinie</translation>
    </message>
    <message>
        <source>This shot was the break.</source>
        <translation>Dieser Stoß war der Anstoß.</translation>
    </message>
    <message>
        <source>The cue ball hit the %1 first.</source>
        <translation>Die Spielkugel hat zuerst die %1 getroffen.</translation>
    </message>
    <message>
        <source>The cue ball hit no object ball.</source>
        <translation>Die Spielkugel hat keine Objektkugel getroffen.</translation>
    </message>
    <message>
        <source>No ball was pocketed.</source>
        <translation>Es wurde keine Kugel versenkt.</translation>
    </message>
    <message>
        <source>The cue ball dropped into the %1 pocket: a scratch.</source>
        <translation>Die Spielkugel ist in die %1 gefallen: ein Scratch.</translation>
    </message>
    <message>
        <source>The %1 dropped into the %2 pocket.</source>
        <translation>Die %1 ist in die %2 gefallen.</translation>
    </message>
    <message>
        <source>No ball reached a rail after the first contact.</source>
        <translation>Nach dem ersten Kontakt hat keine Kugel eine Bande erreicht.</translation>
    </message>
    <message>
        <source>Balls that reached a rail after the first contact: %1.</source>
        <translation>Kugeln, die nach dem ersten Kontakt eine Bande erreicht haben: %1.</translation>
    </message>
    <message>
        <source>The %1 left the table.</source>
        <translation>Die %1 ist vom Tisch gesprungen.</translation>
    </message>
    <message>
        <source>The shooter called a safety.</source>
        <translation>Der Spieler am Stoß hat ein Safety angesagt.</translation>
    </message>
    <message>
        <source>The shooter called the %1 in the %2 pocket.</source>
        <translation>Der Spieler am Stoß hat die %1 in die %2 angesagt.</translation>
    </message>
    <message>
        <source>The shooter called a push-out.</source>
        <translation>Der Spieler am Stoß hat einen Push-out angesagt.</translation>
    </message>
    <message>
        <source>Ruled.</source>
        <translation>Entschieden.</translation>
    </message>
    <message>
        <source>Not ruled.</source>
        <translation>Nicht entschieden.</translation>
    </message>
    <message>
        <source>Reviewed by %1.</source>
        <translation>Überprüft von %1.</translation>
    </message>
    <message>
        <source>head-left</source>
        <translation>Kopfende links</translation>
    </message>
    <message>
        <source>foot-left</source>
        <translation>Fußende links</translation>
    </message>
    <message>
        <source>head-right</source>
        <translation>Kopfende rechts</translation>
    </message>
    <message>
        <source>foot-right</source>
        <translation>Fußende rechts</translation>
    </message>
    <message>
        <source>No picture from the camera yet: the corners are placed on its picture.</source>
        <translation>Noch kein Bild von der Kamera: Die Ecken werden auf ihrem Bild gesetzt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Drag each handle onto the corner where the cushion noses meet; arrows nudge the chosen one by a pixel, 1 to 4 choose.</source>
        <translation>Jeden Griffpunkt auf die Ecke ziehen, an der sich die Bandenkanten treffen; die Pfeiltasten verschieben den gewählten um ein Pixel, die Tasten 1 bis 4 wählen ihn aus.</translation>
    </message>
    <message>
        <source>%1: x %2, y %3</source>
        <translation>%1: x %2, y %3</translation>
    </message>
    <message>
        <source>Save Corners</source>
        <translation>Ecken speichern</translation>
    </message>
    <message>
        <source>Reset to Automatic</source>
        <translation>Auf automatisch zurücksetzen</translation>
    </message>
    <message>
        <source>Forget these corners: the table is found in the picture.</source>
        <translation>Diese Ecken verwerfen: Der Tisch wird automatisch im Bild gesucht.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Set Table &amp;Corners…</source>
        <translation>&amp;Tischecken festlegen…</translation>
    </message>
    <message>
        <source>Place the playing surface&apos;s corners on the picture by hand</source>
        <translation>Die Ecken der Spielfläche von Hand auf das Bild setzen</translation>
    </message>
    <message>
        <source>Replay the table&apos;s last shots with the tracking drawn over them (Ctrl+R)</source>
        <translation>Die letzten Stöße des Tisches mit eingezeichnetem Tracking erneut abspielen (Ctrl+R)</translation>
    </message>
    <message>
        <source>This table&apos;s balls are not tracked.</source>
        <translation>Die Kugeln dieses Tisches werden nicht verfolgt.</translation>
    </message>
    <message numerus="yes">
        <source>Tracking: %n ball(s) on the table, %1 shot(s) since the camera started.</source>
        <translation>
            <numerusform>Tracking: %n Kugel auf dem Tisch; Stöße seit dem Start der Kamera: %1.</numerusform>
            <numerusform>Tracking: %n Kugeln auf dem Tisch; Stöße seit dem Start der Kamera: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Tracking: %1</translation>
    </message>
    <message>
        <source>Where phones and screens watch this venue&apos;s games live.</source>
        <translation>Wo Handys und Bildschirme die Spiele dieses Salons live verfolgen.</translation>
    </message>
    <message>
        <source>Print &amp;Table Cards…</source>
        <translation>&amp;Tischkarten drucken…</translation>
    </message>
    <message>
        <source>Print the cards players scan to join a table&apos;s game, or save them as a PDF</source>
        <translation>Die Karten drucken, die Spieler scannen, um dem Spiel eines Tisches beizutreten, oder sie als PDF speichern</translation>
    </message>
    <message>
        <source>New &amp;Join Codes…</source>
        <translation>Neue &amp;Beitrittscodes…</translation>
    </message>
    <message>
        <source>Make new join codes for every table; the cards printed so far stop working</source>
        <translation>Neue Beitrittscodes für alle Tische erzeugen; die bisher gedruckten Karten funktionieren dann nicht mehr</translation>
    </message>
    <message>
        <source>The live games serve no table: there are no cards to print.</source>
        <translation>Die Live-Spiele bedienen keinen Tisch: Es gibt keine Karten zu drucken.</translation>
    </message>
    <message>
        <source>New Join Codes</source>
        <translation>Neue Beitrittscodes</translation>
    </message>
    <message>
        <source>New join codes void every table card printed so far. Players need the new cards to join. Make new codes?</source>
        <translation>Neue Beitrittscodes machen alle bisher gedruckten Tischkarten ungültig. Spieler brauchen die neuen Karten, um beizutreten. Neue Codes erzeugen?</translation>
    </message>
    <message>
        <source>&amp;Make New Codes</source>
        <translation>Neue Codes &amp;erzeugen</translation>
    </message>
    <message>
        <source>The live games are not running.</source>
        <translation>Die Live-Spiele laufen nicht.</translation>
    </message>
    <message>
        <source>No new join codes were made; the printed cards still work.</source>
        <translation>Es wurden keine neuen Beitrittscodes erzeugt; die gedruckten Karten funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Every table has a new join code: print the new cards (Venue → Print Table Cards…).</source>
        <translation>Jeder Tisch hat einen neuen Beitrittscode: Drucken Sie die neuen Karten (Salon → Tischkarten drucken…).</translation>
    </message>
    <message numerus="yes">
        <source>Live at %1 · %n watching</source>
        <translation>
            <numerusform>Live unter %1 · %n schaut zu</numerusform>
            <numerusform>Live unter %1 · %n schauen zu</numerusform>
        </translation>
    </message>
    <message>
        <source>Live games are off: %1</source>
        <translation>Die Live-Spiele sind aus: %1</translation>
    </message>
    <message>
        <source>Table Cards</source>
        <translation>Tischkarten</translation>
    </message>
    <message>
        <source>Players scan a table&apos;s card with their phone to join its game. Tick the tables whose cards you want.</source>
        <translation>Spieler scannen die Karte eines Tisches mit dem Handy, um seinem Spiel beizutreten. Kreuzen Sie die Tische an, deren Karten Sie möchten.</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tische:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>No table is ticked.</source>
        <translation>Kein Tisch ist angekreuzt.</translation>
    </message>
    <message>
        <source>Print Table Cards</source>
        <translation>Tischkarten drucken</translation>
    </message>
    <message>
        <source>The table cards could not be printed.</source>
        <translation>Die Tischkarten konnten nicht gedruckt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n cards to the printer.</source>
        <translation>
            <numerusform>%n Karte an den Drucker gesendet.</numerusform>
            <numerusform>%n Karten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Table Cards as PDF</source>
        <translation>Tischkarten als PDF speichern</translation>
    </message>
    <message>
        <source>table-cards.pdf</source>
        <translation>tischkarten.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The table cards could not be saved.</source>
        <translation>Die Tischkarten konnten nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n cards in %1.</source>
        <translation>
            <numerusform>%n Karte in %1 gespeichert.</numerusform>
            <numerusform>%n Karten in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This venue has no tables.</source>
        <translation>Dieser Salon hat keine Tische.</translation>
    </message>
    <message>
        <source>This table&apos;s join link is too long for a QR code.</source>
        <translation>Der Beitrittslink dieses Tisches ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>Tick at least one table.</source>
        <translation>Kreuzen Sie mindestens einen Tisch an.</translation>
    </message>
    <message>
        <source>One card, on an A6 page.</source>
        <translation>Eine Karte auf einer A6-Seite.</translation>
    </message>
    <message numerus="yes">
        <source>%n cards, four to an A4 sheet with cut marks.</source>
        <translation>
            <numerusform>%n Karte, vier pro A4-Bogen mit Schnittmarken.</numerusform>
            <numerusform>%n Karten, vier pro A4-Bogen mit Schnittmarken.</numerusform>
        </translation>
    </message>
    <message>
        <source>A booking ends after it starts.</source>
        <translation>Eine Buchung endet nach ihrem Beginn.</translation>
    </message>
    <message>
        <source>Choose a table for the booking.</source>
        <translation>Wählen Sie einen Tisch für die Buchung.</translation>
    </message>
    <message>
        <source>%1 is out of order.</source>
        <translation>%1 ist außer Betrieb.</translation>
    </message>
    <message>
        <source>%1 is booked for %2 from %3 to %4.</source>
        <translation>%1 ist für %2 von %3 bis %4 gebucht.</translation>
    </message>
    <message>
        <source>New Booking</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Edit Booking</source>
        <translation>Buchung bearbeiten</translation>
    </message>
    <message>
        <source>Who the table is for</source>
        <translation>Für wen der Tisch ist</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tisch:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Write who the table is booked for.</source>
        <translation>Geben Sie ein, für wen der Tisch gebucht wird.</translation>
    </message>
    <message>
        <source>A booking lasts 12 hours at most.</source>
        <translation>Eine Buchung dauert höchstens 12 Stunden.</translation>
    </message>
    <message>
        <source>Filter by table, time, name or state</source>
        <translation>Nach Tisch, Zeit, Name oder Status filtern</translation>
    </message>
    <message>
        <source>Filter the bookings</source>
        <translation>Die Buchungen filtern</translation>
    </message>
    <message>
        <source>Bookings of the day</source>
        <translation>Buchungen des Tages</translation>
    </message>
    <message>
        <source>Cancel Booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Table #%1</source>
        <translation>Tisch Nr. %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>Der Tag davor (Alt+Left)</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Der Tag davor</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>Der Tag danach (Alt+Right)</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Der Tag danach</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>The day shown</source>
        <translation>Der angezeigte Tag</translation>
    </message>
    <message>
        <source>&amp;New Booking…</source>
        <translation>&amp;Neue Buchung…</translation>
    </message>
    <message>
        <source>Book the table and time of the timeline&apos;s cell (Ctrl+N)</source>
        <translation>Tisch und Zeit der Zelle in der Zeitleiste buchen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Check &amp;In</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <source>The guests of the selected booking came: start their table time</source>
        <translation>Die Gäste der ausgewählten Buchung sind da: ihre Spielzeit starten</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>A booking keeps the name it was made for: cancel it and book the table again for the other name.</source>
        <translation>Eine Buchung behält den Namen, für den sie angelegt wurde: stornieren Sie sie und buchen Sie den Tisch erneut auf den anderen Namen.</translation>
    </message>
    <message>
        <source>That table is no longer in the venue.</source>
        <translation>Diesen Tisch gibt es im Salon nicht mehr.</translation>
    </message>
    <message>
        <source>That booking is no longer on this day.</source>
        <translation>Diese Buchung liegt nicht mehr an diesem Tag.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a booking&apos;s times</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 has booked %2 from %3 to %4.</source>
        <translation>%1 hat %2 von %3 bis %4 gebucht.</translation>
    </message>
    <message>
        <source>%1 checked in at %2 on %3, booked from %4 to %5.</source>
        <translation>%1 hat um %2 an %3 eingecheckt, gebucht von %4 bis %5.</translation>
    </message>
    <message>
        <source>%1 did not come for %2 from %3 to %4: the table is free again.</source>
        <translation>%1 ist für %2 von %3 bis %4 nicht erschienen: der Tisch ist wieder frei.</translation>
    </message>
    <message>
        <source>%1&apos;s booking of %2 from %3 to %4 is cancelled.</source>
        <translation>Die Buchung von %1 für %2 von %3 bis %4 ist storniert.</translation>
    </message>
    <message>
        <source>Bookings of the day by table</source>
        <translation>Buchungen des Tages nach Tisch</translation>
    </message>
    <message>
        <source>The venue is closed then: the day runs from %1 to %2.</source>
        <translation>Der Salon ist dann geschlossen: der Tag geht von %1 bis %2.</translation>
    </message>
    <message>
        <source>%1 is free at %2.</source>
        <translation>%1 ist um %2 frei.</translation>
    </message>
    <message>
        <source>No-show: not checked in within the grace minutes, the table is free again</source>
        <translation>Nicht erschienen: nicht innerhalb der Kulanzminuten eingecheckt, der Tisch ist wieder frei</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>&amp;Lock / Switch User</source>
        <translation>&amp;Sperren / Benutzer wechseln</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>Out of &amp;Order</source>
        <translation>A&amp;ußer Betrieb</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Take the table out of service, or put it back; free, booked, in play and paused follow from its sessions and bookings</source>
        <translation>Den Tisch außer Betrieb nehmen oder wieder in Betrieb setzen; frei, gebucht, im Spiel und pausiert ergeben sich aus seinen Sitzungen und Buchungen</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Beri&amp;chte…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Table use, revenue, peak hours and no-shows by table, hour, day and week</source>
        <translation>Tischauslastung, Umsatz, Stoßzeiten und nicht erschienene Gäste nach Tisch, Stunde, Tag und Woche</translation>
    </message>
    <message>
        <source>&amp;Bookings…</source>
        <translation>B&amp;uchungen…</translation>
    </message>
    <message>
        <source>Show the day&apos;s reservations by table, to book, move, resize or cancel them</source>
        <translation>Die Reservierungen des Tages nach Tisch anzeigen, um sie zu buchen, zu verschieben, in der Dauer zu ändern oder zu stornieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Tables: %1 · %2 free · %3 booked · %4 in play · %5 paused · %6 out of order</source>
        <translation>Tische: %1 · %2 frei · %3 gebucht · %4 im Spiel · %5 pausiert · %6 außer Betrieb</translation>
    </message>
    <message>
        <source>The venue&apos;s staff could not be read.</source>
        <translation>Das Personal des Salons konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The staff list is for managers.</source>
        <translation>Die Personalliste ist nur für Manager.</translation>
    </message>
    <message>
        <source>&amp;New Venue…</source>
        <translation>&amp;Neuer Salon…</translation>
    </message>
    <message>
        <source>Set up another venue: its name, currency, time zone and tables</source>
        <translation>Einen weiteren Salon einrichten: Name, Währung, Zeitzone und Tische</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The venue&apos;s name, currency, time zone, booking grace and idle lock</source>
        <translation>Name, Währung, Zeitzone, Buchungskulanz und Sperre bei Inaktivität des Salons</translation>
    </message>
    <message>
        <source>&amp;Add Table…</source>
        <translation>Tisch &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Edit Table…</source>
        <translation>Tisch bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Re&amp;move Table…</source>
        <translation>Tisch ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Lay Out Tables</source>
        <translation>Tische an&amp;ordnen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <source>Drag the tables to where they stand in the hall; arrow keys move the selected table, R turns it</source>
        <translation>Die Tische dorthin ziehen, wo sie in der Halle stehen; die Pfeiltasten verschieben den ausgewählten Tisch, R dreht ihn</translation>
    </message>
    <message>
        <source>Drag each table to where it stands; arrow keys move the selected one, R turns it.</source>
        <translation>Ziehen Sie jeden Tisch dorthin, wo er steht; die Pfeiltasten verschieben den ausgewählten, R dreht ihn.</translation>
    </message>
    <message>
        <source>Arrange in &amp;Grid</source>
        <translation>Im Ra&amp;ster anordnen</translation>
    </message>
    <message>
        <source>Put every table back on the grid</source>
        <translation>Alle Tische wieder ins Raster setzen</translation>
    </message>
    <message>
        <source>&amp;Hall Plan</source>
        <translation>Hallen&amp;plan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show the tables where they stand in the hall, or in a grid</source>
        <translation>Die Tische so zeigen, wie sie in der Halle stehen, oder im Raster</translation>
    </message>
    <message>
        <source>Add &amp;Player…</source>
        <translation>Spieler hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Edit Pla&amp;yer…</source>
        <translation>Spieler bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Remove Player…</source>
        <translation>Spieler entfernen…</translation>
    </message>
    <message>
        <source>The venue could not be set up.</source>
        <translation>Der Salon konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>%1 is set up: choose each table&apos;s camera with Table → Camera….</source>
        <translation>%1 ist eingerichtet: wählen Sie die Kamera jedes Tisches mit Tisch → Kamera….</translation>
    </message>
    <message>
        <source>The venue&apos;s settings could not be saved.</source>
        <translation>Die Einstellungen des Salons konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The table could not be added.</source>
        <translation>Der Tisch konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The table could not be changed.</source>
        <translation>Der Tisch konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Remove Table</source>
        <translation>Tisch entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the venue? Its past bookings go with it; Edit → Undo puts the table back.</source>
        <translation>%1 aus dem Salon entfernen? Seine vergangenen Buchungen werden mit entfernt; Bearbeiten → Rückgängig stellt den Tisch wieder her.</translation>
    </message>
    <message>
        <source>The table was not removed.</source>
        <translation>Der Tisch wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>The player could not be added.</source>
        <translation>Der Spieler konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The player could not be changed.</source>
        <translation>Der Spieler konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Remove Player</source>
        <translation>Spieler entfernen</translation>
    </message>
    <message>
        <source>Remove the player %1? Edit → Undo brings the player back.</source>
        <translation>Den Spieler %1 entfernen? Bearbeiten → Rückgängig holt den Spieler zurück.</translation>
    </message>
    <message>
        <source>The player was not removed.</source>
        <translation>Der Spieler wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>The table&apos;s place could not be saved.</source>
        <translation>Der Platz des Tisches konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The tables could not all be put back on the grid.</source>
        <translation>Nicht alle Tische konnten wieder ins Raster gesetzt werden.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>(no table)</source>
        <translation>(kein Tisch)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue by day</source>
        <translation>Umsatz nach Tag</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <source>Share of the table time played, by hour of the day</source>
        <translation>Anteil der gespielten Tischzeit nach Tagesstunde</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Gespielt</translation>
    </message>
    <message>
        <source>Hours with a peak of the week</source>
        <translation>Stunden mit einer Spitze der Woche</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Tagesstunde</translation>
    </message>
    <message>
        <source>Tables in use (%)</source>
        <translation>Tische belegt (%)</translation>
    </message>
    <message>
        <source>Hours played</source>
        <translation>Gespielte Stunden</translation>
    </message>
    <message>
        <source>Hours played by table</source>
        <translation>Gespielte Stunden nach Tisch</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Revenue by table</source>
        <translation>Umsatz nach Tisch</translation>
    </message>
    <message>
        <source>Bookings and no-shows by day</source>
        <translation>Buchungen und Nichterscheinen nach Tag</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Hours played by week</source>
        <translation>Gespielte Stunden nach Woche</translation>
    </message>
    <message>
        <source>Revenue by week</source>
        <translation>Umsatz nach Woche</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Table time played</source>
        <translation>Gespielte Tischzeit</translation>
    </message>
    <message>
        <source>Peak hour</source>
        <translation>Stoßzeit</translation>
    </message>
    <message>
        <source>Revenue by &amp;Day</source>
        <translation>Umsatz nach &amp;Tag</translation>
    </message>
    <message>
        <source>Use by &amp;Hour</source>
        <translation>Auslastung nach &amp;Stunde</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>T&amp;ische</translation>
    </message>
    <message>
        <source>&amp;No-Shows</source>
        <translation>&amp;Nicht erschienen</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Wochen</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s figures as a CSV file (Ctrl+E)</source>
        <translation>Die Zahlen dieses Reiters als CSV-Datei speichern (Ctrl+E)</translation>
    </message>
    <message>
        <source>The reports cannot be read: %1</source>
        <translation>Die Berichte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reports — %1</source>
        <translation>Berichte — %1</translation>
    </message>
    <message>
        <source>Receipts: %1, each counted when it was issued</source>
        <translation>Quittungen: %1, jeweils zum Zeitpunkt ihrer Ausstellung gezählt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1% of the time the tables stood open</source>
        <translation>%1 % der Zeit, in der die Tische offen standen</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1% of the tables in use on average; the next busiest are under Use by Hour</source>
        <translation>%1 % der Tische im Durchschnitt belegt; die nächstvolleren Stunden stehen unter Auslastung nach Stunde</translation>
    </message>
    <message>
        <source>Nobody played in this period.</source>
        <translation>In diesem Zeitraum hat niemand gespielt.</translation>
    </message>
    <message>
        <source>The busiest hours of the week, by the share of the tables in use on average: %1.</source>
        <translation>Die vollsten Stunden der Woche, nach dem durchschnittlichen Anteil belegter Tische: %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1% of the bookings due were not claimed (cancelled ones left out)</source>
        <translation>%1 % der fälligen Buchungen wurden nicht wahrgenommen (stornierte nicht mitgezählt)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>4 to 8 digits, or your password</source>
        <translation>4 bis 8 Ziffern oder Ihr Passwort</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>This venue has no staff yet: make the first manager&apos;s account.</source>
        <translation>Dieser Salon hat noch kein Personal: legen Sie das Konto des ersten Managers an.</translation>
    </message>
    <message>
        <source>&amp;Make Manager and Sign In</source>
        <translation>Manager &amp;anlegen und anmelden</translation>
    </message>
    <message>
        <source>Sign in to the front desk.</source>
        <translation>Am Empfang anmelden.</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>%1 (%2): PIN %3</source>
        <translation>%1 (%2): PIN %3</translation>
    </message>
    <message>
        <source>The demo venue&apos;s staff:
%1</source>
        <translation>Das Personal des Demo-Salons:
%1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>4 to 8 digits, or a password of 8 or more</source>
        <translation>4 bis 8 Ziffern oder ein Passwort mit mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Die beiden PINs stimmen nicht überein: geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>&amp;PIN zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Add a Member of Staff</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>%1&apos;s role:</source>
        <translation>Rolle von %1:</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Neue PIN für %1</translation>
    </message>
    <message>
        <source>Remove Member of Staff</source>
        <translation>Mitarbeiter entfernen</translation>
    </message>
    <message>
        <source>Remove %1&apos;s account? The audit log keeps what they did.</source>
        <translation>Das Konto von %1 entfernen? Das Protokoll behält, was diese Person getan hat.</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name, or one of the players</source>
        <translation>Name oder einer der Spieler</translation>
    </message>
    <message>
        <source>Pays the &amp;member rate</source>
        <translation>Zahlt den &amp;Mitgliedertarif</translation>
    </message>
    <message>
        <source>&amp;Booking:</source>
        <translation>&amp;Buchung:</translation>
    </message>
    <message>
        <source>&amp;Who plays:</source>
        <translation>&amp;Wer spielt:</translation>
    </message>
    <message>
        <source>&amp;Check In</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <source>Walk-in, no booking</source>
        <translation>Laufkundschaft, ohne Buchung</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Check Out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>&amp;Check Out</source>
        <translation>&amp;Auschecken</translation>
    </message>
    <message>
        <source>Guest: %1 (member)</source>
        <translation>Gast: %1 (Mitglied)</translation>
    </message>
    <message>
        <source>Guest: %1</source>
        <translation>Gast: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>The time runs until you check out.</source>
        <translation>Die Zeit läuft, bis Sie auschecken.</translation>
    </message>
    <message>
        <source>This receipt cannot be issued here.</source>
        <translation>Diese Quittung kann hier nicht ausgestellt werden.</translation>
    </message>
    <message>
        <source>Checked out: %1 issued.</source>
        <translation>Ausgecheckt: %1 ausgestellt.</translation>
    </message>
    <message>
        <source>Print Receipt</source>
        <translation>Quittung drucken</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>%1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save Receipt as PDF</source>
        <translation>Quittung als PDF speichern</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>quittung-%1.pdf</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>Per hour (%1)</source>
        <translation>Pro Stunde (%1)</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Billed in</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Minimum (%1)</source>
        <translation>Mindestbetrag (%1)</translation>
    </message>
    <message>
        <source>Happy hours</source>
        <translation>Happy Hours</translation>
    </message>
    <message>
        <source>15-minute blocks</source>
        <translation>15-Minuten-Blöcke</translation>
    </message>
    <message>
        <source>30-minute blocks</source>
        <translation>30-Minuten-Blöcke</translation>
    </message>
    <message>
        <source>A class without a price per hour has no rate. Members: empty for the usual price. Happy hours: the days (1 Monday … 7 Sunday), start, end and the price per hour in cents, several separated by “;”; an end before the start runs past midnight. For example: 1234 16:00 19:00 600;56 22:00 02:00 600</source>
        <translation>Eine Klasse ohne Stundenpreis hat keinen Tarif. Mitglieder: leer für den üblichen Preis. Happy Hours: die Tage (1 Montag … 7 Sonntag), Beginn, Ende und der Stundenpreis in Cent, mehrere durch „;“ getrennt; ein Ende vor dem Beginn reicht über Mitternacht hinaus. Zum Beispiel: 1234 16:00 19:00 600;56 22:00 02:00 600</translation>
    </message>
    <message>
        <source>“%1” tables: the %2 is not an amount like 12.50.</source>
        <translation>„%1“-Tische: %2 ist kein Betrag wie 12.50.</translation>
    </message>
    <message>
        <source>price per hour</source>
        <translation>der Stundenpreis</translation>
    </message>
    <message>
        <source>member price</source>
        <translation>der Mitgliederpreis</translation>
    </message>
    <message>
        <source>minimum charge</source>
        <translation>der Mindestbetrag</translation>
    </message>
    <message>
        <source>“%1” tables: %2</source>
        <translation>„%1“-Tische: %2</translation>
    </message>
    <message>
        <source>Check &amp;In…</source>
        <translation>&amp;Einchecken…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Start the table&apos;s time for a booking or a walk-in</source>
        <translation>Die Spielzeit des Tisches für eine Buchung oder Laufkundschaft starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Space</source>
        <translation>Ctrl+Shift+Space</translation>
    </message>
    <message>
        <source>Stop the table&apos;s time for a while, or start it again</source>
        <translation>Die Spielzeit des Tisches vorübergehend anhalten oder wieder starten</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Umsetzen…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Move the players and their time to another table</source>
        <translation>Die Spieler und ihre Spielzeit an einen anderen Tisch umsetzen</translation>
    </message>
    <message>
        <source>Check &amp;Out…</source>
        <translation>Aus&amp;checken…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>End the table&apos;s time and issue its receipt</source>
        <translation>Die Spielzeit des Tisches beenden und die Quittung ausstellen</translation>
    </message>
    <message>
        <source>&amp;Rates…</source>
        <translation>Ta&amp;rife…</translation>
    </message>
    <message>
        <source>Set the prices of table time (managers)</source>
        <translation>Die Preise für Spielzeit festlegen (Manager)</translation>
    </message>
    <message>
        <source>Walk-in Queue</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>&amp;Walk-in Queue</source>
        <translation>&amp;Warteliste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>E&amp;mpfang</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Table Time</source>
        <translation>Spielzeit</translation>
    </message>
    <message>
        <source>No one can be checked in.</source>
        <translation>Niemand kann eingecheckt werden.</translation>
    </message>
    <message>
        <source>Every table is taken or out of order.</source>
        <translation>Alle Tische sind belegt oder außer Betrieb.</translation>
    </message>
    <message>
        <source>The check-in was not saved.</source>
        <translation>Der Check-in wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 checked in.</source>
        <translation>%1 eingecheckt.</translation>
    </message>
    <message>
        <source>The table&apos;s time could not be started again.</source>
        <translation>Die Spielzeit des Tisches konnte nicht wieder gestartet werden.</translation>
    </message>
    <message>
        <source>The table&apos;s time could not be paused.</source>
        <translation>Die Spielzeit des Tisches konnte nicht pausiert werden.</translation>
    </message>
    <message>
        <source>The session could not be moved.</source>
        <translation>Die Sitzung konnte nicht umgesetzt werden.</translation>
    </message>
    <message>
        <source>Every other table is taken or out of order.</source>
        <translation>Alle anderen Tische sind belegt oder außer Betrieb.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 umsetzen</translation>
    </message>
    <message>
        <source>&amp;To table:</source>
        <translation>&amp;An Tisch:</translation>
    </message>
    <message>
        <source>The table cannot be checked out.</source>
        <translation>Der Tisch kann nicht ausgecheckt werden.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Expected wait</source>
        <translation>Erwartete Wartezeit</translation>
    </message>
    <message>
        <source>&amp;Add Party…</source>
        <translation>Gruppe &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Seat…</source>
        <translation>&amp;Platzieren…</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Gegangen</translation>
    </message>
    <message>
        <source>No table of that kind</source>
        <translation>Kein Tisch dieser Art</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min: %1</source>
        <translation>
            <numerusform>%n Min.: %1</numerusform>
            <numerusform>%n Min.: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the Queue</source>
        <translation>Zur Warteliste hinzufügen</translation>
    </message>
    <message>
        <source>Any table</source>
        <translation>Beliebiger Tisch</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <source>The party could not be added to the queue.</source>
        <translation>Die Gruppe konnte nicht zur Warteliste hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The party could not be seated.</source>
        <translation>Die Gruppe konnte nicht platziert werden.</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>%1 platzieren</translation>
    </message>
    <message>
        <source>The party could not be taken off the queue.</source>
        <translation>Die Gruppe konnte nicht von der Warteliste genommen werden.</translation>
    </message>
    <message>
        <source>Add Player</source>
        <translation>Spieler hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Member until</source>
        <translation>&amp;Mitglied bis</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>Spitz&amp;name:</translation>
    </message>
    <message>
        <source>Add Table</source>
        <translation>Tisch hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>The rate the table is charged by; empty: the rate of its size.</source>
        <translation>Der Tarif, nach dem der Tisch abgerechnet wird; leer: der Tarif seiner Größe.</translation>
    </message>
    <message>
        <source>By its size</source>
        <translation>Nach seiner Größe</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Rate class:</source>
        <translation>&amp;Tarifklasse:</translation>
    </message>
    <message>
        <source>The table needs a name.</source>
        <translation>Der Tisch braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another table is called “%1” already.</source>
        <translation>Ein anderer Tisch heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>A booking not checked in this long after it starts frees its table.</source>
        <translation>Eine Buchung, die so lange nach ihrem Beginn nicht eingecheckt ist, gibt ihren Tisch frei.</translation>
    </message>
    <message>
        <source>The window locks after this long without a key or a click.</source>
        <translation>Das Fenster wird nach dieser Zeit ohne Tastendruck oder Klick gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Booking &amp;grace:</source>
        <translation>Buchungs&amp;kulanz:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Sperre bei Inaktivität:</translation>
    </message>
    <message>
        <source>Welcome to DojoPool</source>
        <translation>Willkommen bei DojoPool</translation>
    </message>
    <message>
        <source>New Venue</source>
        <translation>Neuer Salon</translation>
    </message>
    <message>
        <source>Set up your own venue now, or look around the demo venue first: its simulated tables play on their own.</source>
        <translation>Richten Sie jetzt Ihren eigenen Salon ein oder sehen Sie sich zuerst im Demo-Salon um: seine simulierten Tische spielen von allein.</translation>
    </message>
    <message>
        <source>&amp;Set up your venue</source>
        <translation>Ihren Salon &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Open the demo</source>
        <translation>Die Demo ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Your venue&apos;s name, currency, time zone and tables; cameras, staff and rates come after.</source>
        <translation>Name, Währung, Zeitzone und Tische Ihres Salons; Kameras, Personal und Tarife folgen danach.</translation>
    </message>
    <message>
        <source>Venue → New Venue… sets up your venue later.</source>
        <translation>Salon → Neuer Salon… richtet Ihren Salon später ein.</translation>
    </message>
    <message>
        <source>Your venue</source>
        <translation>Ihr Salon</translation>
    </message>
    <message>
        <source>Its name as guests know it, the currency its prices are in and the time zone its clock runs in.</source>
        <translation>Sein Name, wie die Gäste ihn kennen, die Währung seiner Preise und die Zeitzone, nach der seine Uhr geht.</translation>
    </message>
    <message>
        <source>The Break Room</source>
        <translation>The Break Room</translation>
    </message>
    <message>
        <source>Your tables</source>
        <translation>Ihre Tische</translation>
    </message>
    <message>
        <source>How many tables of each size the hall has. Select a name and press F2 to change it; each table&apos;s camera is chosen later (Table → Camera…).</source>
        <translation>Wie viele Tische jeder Größe die Halle hat. Wählen Sie einen Namen und drücken Sie F2, um ihn zu ändern; die Kamera jedes Tisches wird später gewählt (Tisch → Kamera…).</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>&amp;Remove the demo venue with its tables and players</source>
        <translation>Den Demo-Salon mit seinen Tischen und Spielern &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>New Challenge</source>
        <translation>Neue Herausforderung</translation>
    </message>
    <message>
        <source>For the record: stakes, a date agreed</source>
        <translation>Zur Erinnerung: Einsatz, vereinbarter Termin</translation>
    </message>
    <message>
        <source>C&amp;hallenger:</source>
        <translation>&amp;Herausforderer:</translation>
    </message>
    <message>
        <source>Challen&amp;ged:</source>
        <translation>Herausge&amp;forderter:</translation>
    </message>
    <message>
        <source>&amp;Race to:</source>
        <translation>&amp;Race auf:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Aussprechen</translation>
    </message>
    <message>
        <source>Type the name of the player who challenges.</source>
        <translation>Geben Sie den Namen des Spielers ein, der herausfordert.</translation>
    </message>
    <message>
        <source>Type the name of the player challenged.</source>
        <translation>Geben Sie den Namen des herausgeforderten Spielers ein.</translation>
    </message>
    <message>
        <source>A player cannot challenge themselves.</source>
        <translation>Ein Spieler kann sich nicht selbst herausfordern.</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Herausforderungen</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spielart</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgesprochen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;New Challenge…</source>
        <translation>&amp;Neue Herausforderung…</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Annehmen…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>&amp;Book Table…</source>
        <translation>Tisch &amp;buchen…</translation>
    </message>
    <message>
        <source>Enter &amp;Result…</source>
        <translation>&amp;Ergebnis eintragen…</translation>
    </message>
    <message>
        <source>Issue a challenge between two players (Ctrl+N)</source>
        <translation>Eine Herausforderung zwischen zwei Spielern aussprechen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Challenges — %1</source>
        <translation>Herausforderungen — %1</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Buchung %1</translation>
    </message>
    <message>
        <source>Issue %1&apos;s challenge to %2</source>
        <translation>Herausforderung von %1 an %2 aussprechen</translation>
    </message>
    <message>
        <source>%1 has accepted the challenge already: Undo no longer takes it back. Withdraw it instead.</source>
        <translation>%1 hat die Herausforderung bereits angenommen: Rückgängig nimmt sie nicht mehr zurück. Ziehen Sie sie stattdessen zurück.</translation>
    </message>
    <message>
        <source>%1 challenged %2 to a race to %3 at %4.</source>
        <translation>%1 hat %2 herausgefordert: %4, Race auf %3.</translation>
    </message>
    <message>
        <source>Accept the Challenge</source>
        <translation>Herausforderung annehmen</translation>
    </message>
    <message>
        <source>Accept %1&apos;s challenge for %2: %3, race to %4? An accepted challenge cannot be answered again; %1 can still withdraw it.</source>
        <translation>Die Herausforderung von %1 für %2 annehmen: %3, Race auf %4? Eine angenommene Herausforderung kann nicht erneut beantwortet werden; %1 kann sie noch zurückziehen.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>%1 accepted %2&apos;s challenge: book them a table.</source>
        <translation>%1 hat die Herausforderung von %2 angenommen: Buchen Sie ihnen einen Tisch.</translation>
    </message>
    <message>
        <source>Decline the Challenge</source>
        <translation>Herausforderung ablehnen</translation>
    </message>
    <message>
        <source>Decline %1&apos;s challenge for %2? A declined challenge is over; %1 can challenge again.</source>
        <translation>Die Herausforderung von %1 für %2 ablehnen? Eine abgelehnte Herausforderung ist beendet; %1 kann erneut herausfordern.</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>%1 declined %2&apos;s challenge.</source>
        <translation>%1 hat die Herausforderung von %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s challenge to %2? The table booked for it is given back; a withdrawn challenge is over.</source>
        <translation>Die Herausforderung von %1 an %2 zurückziehen? Der dafür gebuchte Tisch wird freigegeben; eine zurückgezogene Herausforderung ist beendet.</translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s challenge to %2? A withdrawn challenge is over.</source>
        <translation>Die Herausforderung von %1 an %2 zurückziehen? Eine zurückgezogene Herausforderung ist beendet.</translation>
    </message>
    <message>
        <source>Withdraw the Challenge</source>
        <translation>Herausforderung zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>%1 withdrew the challenge to %2.</source>
        <translation>%1 hat die Herausforderung an %2 zurückgezogen.</translation>
    </message>
    <message>
        <source>This window has no bookings: the table cannot be booked here.</source>
        <translation>Dieses Fenster hat keine Buchungen: Der Tisch kann hier nicht gebucht werden.</translation>
    </message>
    <message>
        <source>%1 %2–%3 %4 is entered; the ratings count it at their next refresh.</source>
        <translation>Das Ergebnis %1 %2:%3 %4 ist eingetragen; die Ratings berücksichtigen es bei ihrer nächsten Aktualisierung.</translation>
    </message>
    <message>
        <source>&amp;Challenges…</source>
        <translation>&amp;Herausforderungen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Issue challenges between players, answer them, book them a table and enter their results</source>
        <translation>Herausforderungen zwischen Spielern aussprechen, beantworten, Tische dafür buchen und Ergebnisse eintragen</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation>&amp;Veranstaltungen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>League nights, open play and tournaments, and who signed up for them</source>
        <translation>Ligaabende, freies Spiel und Turniere, und wer sich dafür angemeldet hat</translation>
    </message>
    <message>
        <source>&amp;Club</source>
        <translation>&amp;Club</translation>
    </message>
    <message>
        <source>Match Queue</source>
        <translation>Match-Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Match Queue</source>
        <translation>&amp;Match-Warteschlange</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Players waiting for a game, and the pairs their ratings make</source>
        <translation>Spieler, die auf ein Spiel warten, und die Paarungen, die sich aus ihren Ratings ergeben</translation>
    </message>
    <message numerus="yes">
        <source>%n signed up</source>
        <translation>
            <numerusform>%n angemeldet</numerusform>
            <numerusform>%n angemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 signed up, %n waiting</source>
        <translation>
            <numerusform>%1 angemeldet, %n auf der Warteliste</numerusform>
            <numerusform>%1 angemeldet, %n auf der Warteliste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %n waiting</source>
        <translation>
            <numerusform>%1 von %2, %n auf der Warteliste</numerusform>
            <numerusform>%1 von %2, %n auf der Warteliste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4</source>
        <translation>%1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 Min.</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Tuesday League</source>
        <translation>Dienstagsliga</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source> players</source>
        <translation> Spieler</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Ca&amp;p:</source>
        <translation>&amp;Höchstzahl:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>Name the event, as players will look for it.</source>
        <translation>Benennen Sie die Veranstaltung so, wie Spieler danach suchen werden.</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Vorbei</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>A league night, open play or a tournament players sign up for (Ctrl+N)</source>
        <translation>Ein Ligaabend, freies Spiel oder ein Turnier, für das sich Spieler anmelden (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Cancel Event…</source>
        <translation>Veranstaltung a&amp;bsagen…</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Signed up at</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>Sign &amp;Up</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;Off</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Cancel the selected player&apos;s sign-up (Delete); the first waiting moves in</source>
        <translation>Die Anmeldung des ausgewählten Spielers stornieren (Entf); der Erste auf der Warteliste rückt nach</translation>
    </message>
    <message>
        <source>Sign up a &amp;player:</source>
        <translation>&amp;Spieler anmelden:</translation>
    </message>
    <message>
        <source>Events — %1</source>
        <translation>Veranstaltungen — %1</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>Keine Veranstaltung ausgewählt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dabei</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>%1 is open for sign-ups.</source>
        <translation>%1 ist für Anmeldungen geöffnet.</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 ist abgesagt.</translation>
    </message>
    <message>
        <source>Cancel the Event</source>
        <translation>Veranstaltung absagen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %1? Nobody can sign up for it any more, and it cannot be opened again; its %n sign-ups stay on record.</source>
        <translation>
            <numerusform>%1 absagen? Danach kann sich niemand mehr anmelden, und die Veranstaltung kann nicht wieder geöffnet werden; ihre %n Anmeldung bleibt gespeichert.</numerusform>
            <numerusform>%1 absagen? Danach kann sich niemand mehr anmelden, und die Veranstaltung kann nicht wieder geöffnet werden; ihre %n Anmeldungen bleiben gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the &amp;Event</source>
        <translation>&amp;Veranstaltung absagen</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>%1 is in for %2 (%3).</source>
        <translation>%1 ist bei %2 dabei (%3).</translation>
    </message>
    <message>
        <source>%1 is full: %2 is number %3 on the waiting list.</source>
        <translation>%1 ist voll: %2 steht auf Platz %3 der Warteliste.</translation>
    </message>
    <message>
        <source>%1 is off %2; %3 moved in from the waiting list.</source>
        <translation>%1 ist von %2 abgemeldet; %3 ist von der Warteliste nachgerückt.</translation>
    </message>
    <message>
        <source>%1 is off %2.</source>
        <translation>%1 ist von %2 abgemeldet.</translation>
    </message>
    <message>
        <source>Sign %1 up for %2</source>
        <translation>%1 für %2 anmelden</translation>
    </message>
    <message>
        <source>Sign %1 off %2</source>
        <translation>%1 von %2 abmelden</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Einreihen</translation>
    </message>
    <message>
        <source>Put the player found in the queue for the game (Enter)</source>
        <translation>Den gefundenen Spieler für die Spielart in die Warteschlange stellen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>A&amp;ustragen</translation>
    </message>
    <message>
        <source>Take the selected player off the queue (Delete)</source>
        <translation>Den ausgewählten Spieler aus der Warteschlange nehmen (Entf)</translation>
    </message>
    <message>
        <source>Proposed pair</source>
        <translation>Vorgeschlagene Paarung</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Gewartet</translation>
    </message>
    <message>
        <source>&amp;Pair Them…</source>
        <translation>&amp;Paarung bilden…</translation>
    </message>
    <message>
        <source>Match the selected pair: both leave the queue (Enter)</source>
        <translation>Die ausgewählte Paarung bilden: Beide verlassen die Warteschlange (Eingabetaste)</translation>
    </message>
    <message>
        <source>Player &amp;to join:</source>
        <translation>Spieler für die &amp;Warteschlange:</translation>
    </message>
    <message>
        <source>%1 (%2) v %3 (%4)</source>
        <translation>%1 (%2) gegen %3 (%4)</translation>
    </message>
    <message>
        <source>%1 waits for a game of %2.</source>
        <translation>%1 wartet auf ein Spiel (%2).</translation>
    </message>
    <message>
        <source>%1 left the queue.</source>
        <translation>%1 hat die Warteschlange verlassen.</translation>
    </message>
    <message>
        <source>Put %1 in the queue for %2</source>
        <translation>%1 für %2 in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>Take %1 off the queue</source>
        <translation>%1 aus der Warteschlange nehmen</translation>
    </message>
    <message>
        <source>%1 and %2 are paired for %3.</source>
        <translation>%1 und %2 sind für %3 gepaart.</translation>
    </message>
    <message>
        <source>%1 v %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>%1 and %2 are paired for %3, but %4 could not be checked in: %5</source>
        <translation>%1 und %2 sind für %3 gepaart, aber %4 konnte nicht eingecheckt werden: %5</translation>
    </message>
    <message>
        <source>%1 and %2 are paired for %3 at %4; their time runs.</source>
        <translation>%1 und %2 sind für %3 an %4 gepaart; ihre Spielzeit läuft.</translation>
    </message>
    <message>
        <source>Pair Them</source>
        <translation>Paarung bilden</translation>
    </message>
    <message>
        <source>Pair %1 and %2 for %3? Their ratings are %4 points apart. Both leave the queue; this cannot be undone.</source>
        <translation>%1 und %2 für %3 paaren? Ihre Ratings liegen %4 Punkte auseinander. Beide verlassen die Warteschlange; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>&amp;Seat them at:</source>
        <translation>&amp;Platzieren an:</translation>
    </message>
    <message>
        <source>No table is free now.</source>
        <translation>Gerade ist kein Tisch frei.</translation>
    </message>
    <message>
        <source>&amp;Pair Them</source>
        <translation>Paarung &amp;bilden</translation>
    </message>
    <message>
        <source>Name, nickname or phone</source>
        <translation>Name, Spitzname oder Telefon</translation>
    </message>
    <message>
        <source>Enter the Result</source>
        <translation>Ergebnis eintragen</translation>
    </message>
    <message>
        <source>%1 v %2, %3, race to %4.</source>
        <translation>%1 gegen %2, %3, Race auf %4.</translation>
    </message>
    <message>
        <source>A result entered stays: only a referee or a manager can void it. The players&apos; ratings count it at their next refresh.</source>
        <translation>Ein eingetragenes Ergebnis bleibt bestehen: Nur ein Schiedsrichter oder ein Manager kann es annullieren. Die Ratings der Spieler berücksichtigen es bei ihrer nächsten Aktualisierung.</translation>
    </message>
    <message>
        <source>Racks won by %1:</source>
        <translation>Gewonnene Racks von %1:</translation>
    </message>
    <message>
        <source>&amp;Enter Result</source>
        <translation>Ergebnis &amp;eintragen</translation>
    </message>
    <message>
        <source>Book a Table</source>
        <translation>Tisch buchen</translation>
    </message>
    <message>
        <source>Booked as:</source>
        <translation>Gebucht auf:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>The venue has no tables to book.</source>
        <translation>Der Salon hat keine Tische zum Buchen.</translation>
    </message>
    <message>
        <source>&amp;Tournaments…</source>
        <translation>&amp;Turniere…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Set up the venue&apos;s tournaments, sign players up, make the draw, put matches on tables and enter their results</source>
        <translation>Die Turniere des Salons einrichten, Spieler melden, auslosen, Matches an Tische geben und ihre Ergebnisse eintragen</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Bye</source>
        <translation>Freilos</translation>
    </message>
    <message>
        <source>Not played</source>
        <translation>Nicht gespielt</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n players</source>
        <translation>
            <numerusform>%1 · %2 · %n Spieler</numerusform>
            <numerusform>%1 · %2 · %n Spieler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n players · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n Spieler · %3</numerusform>
            <numerusform>%1 · %2 · %n Spieler · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The bracket cannot be printed: the printer or file does not accept painting.</source>
        <translation>Der Turnierbaum kann nicht gedruckt werden: Der Drucker oder die Datei nimmt keine Zeichnung an.</translation>
    </message>
    <message>
        <source>The bracket cannot be printed: the printer or file did not finish the page.</source>
        <translation>Der Turnierbaum kann nicht gedruckt werden: Der Drucker oder die Datei hat die Seite nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The bracket cannot be written to %1: %2.</source>
        <translation>Der Turnierbaum kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Turnierbaum</translation>
    </message>
    <message>
        <source>Bracket of %1</source>
        <translation>Turnierbaum von %1</translation>
    </message>
    <message>
        <source>The draw is made when sign-up closes: Make the Draw.</source>
        <translation>Die Auslosung erfolgt, wenn die Anmeldung schließt: Auslosen.</translation>
    </message>
    <message>
        <source>%1 has its result: take it back first to record another.</source>
        <translation>%1 hat schon ein Ergebnis: Nehmen Sie es zuerst zurück, um ein anderes einzutragen.</translation>
    </message>
    <message>
        <source>%1 is not played.</source>
        <translation>%1 wird nicht gespielt.</translation>
    </message>
    <message>
        <source>%1 waits for its players.</source>
        <translation>%1 wartet auf seine Spieler.</translation>
    </message>
    <message>
        <source>Find a player by name or nickname</source>
        <translation>Spieler nach Name oder Spitzname suchen</translation>
    </message>
    <message>
        <source>Players to enter</source>
        <translation>Zu meldende Spieler</translation>
    </message>
    <message>
        <source>E&amp;nter Player</source>
        <translation>Spieler m&amp;elden</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Setzplatz</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Startgeld</translation>
    </message>
    <message>
        <source>Chec&amp;k In</source>
        <translation>Ein&amp;checken</translation>
    </message>
    <message>
        <source>Back to Ente&amp;red</source>
        <translation>Zurück auf &amp;gemeldet</translation>
    </message>
    <message>
        <source>No-&amp;Show</source>
        <translation>&amp;Nicht erschienen</translation>
    </message>
    <message>
        <source>&amp;Paid</source>
        <translation>Beza&amp;hlt</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Make the Draw</source>
        <translation>Au&amp;slosen</translation>
    </message>
    <message>
        <source>Re&amp;open Sign-Up</source>
        <translation>Anmeldung &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>The venue&apos;s players:</source>
        <translation>Die Spieler des Salons:</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message numerus="yes">
        <source>%n players in, %1 checked in, %2 paid.</source>
        <translation>
            <numerusform>%n Spieler dabei, %1 eingecheckt, %2 bezahlt.</numerusform>
            <numerusform>%n Spieler dabei, %1 eingecheckt, %2 bezahlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
    <message>
        <source>%1, match %2 (%3)</source>
        <translation>%1, Match %2 (%3)</translation>
    </message>
    <message>
        <source>A race to %1.</source>
        <translation>Ein Race auf %1.</translation>
    </message>
    <message>
        <source>A handicapped race: %1 races to %2, %3 to %4.</source>
        <translation>Ein Race mit Vorgabe: %1 spielt auf %2, %3 auf %4.</translation>
    </message>
    <message>
        <source>Racks of %1</source>
        <translation>Racks von %1</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Sieger</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <source>Choose the winner: type the racks each player won, or click the winner.</source>
        <translation>Wählen Sie den Sieger: Geben Sie die Racks ein, die jeder Spieler gewonnen hat, oder klicken Sie auf den Sieger.</translation>
    </message>
    <message>
        <source>%1 won, so %1 has the %2 racks of their race.</source>
        <translation>%1 hat gewonnen, also hat %1 die %2 Racks seines Races.</translation>
    </message>
    <message>
        <source>%1 lost, so %1 has fewer than the %2 racks of their race.</source>
        <translation>%1 hat verloren, also hat %1 weniger als die %2 Racks seines Races.</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Entry fee %1, added money %2: the purse is known when the draw is made.</source>
        <translation>Startgeld %1, zusätzliches Preisgeld %2: Der Preistopf steht fest, wenn ausgelost ist.</translation>
    </message>
    <message numerus="yes">
        <source>Purse %1: %n entry fees of %2 and %3 added; %4 % of it paid out.</source>
        <translation>
            <numerusform>Preistopf %1: %n Startgeld zu %2 und %3 zusätzlich; %4 % davon werden ausgezahlt.</numerusform>
            <numerusform>Preistopf %1: %n Startgelder zu je %2 und %3 zusätzlich; %4 % davon werden ausgezahlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Tournament</source>
        <translation>Neues Turnier</translation>
    </message>
    <message>
        <source>Friday 9-Ball</source>
        <translation>Freitag 9-Ball</translation>
    </message>
    <message>
        <source>Double: a reset when the losers&apos; bracket winner wins</source>
        <translation>Doppelt: ein zweites Finale, wenn der Sieger der Verliererrunde das erste gewinnt</translation>
    </message>
    <message>
        <source>Simple: one match</source>
        <translation>Einfach: ein Match</translation>
    </message>
    <message>
        <source>The semi-finals&apos; losers play for third place</source>
        <translation>Die Verlierer der Halbfinals spielen um Platz drei</translation>
    </message>
    <message>
        <source>Enough for one unbeaten player</source>
        <translation>Genug für einen einzigen ungeschlagenen Spieler</translation>
    </message>
    <message>
        <source>Every round as above; or by round, like 5,5,7</source>
        <translation>Jede Runde wie oben; oder je Runde, etwa 5,5,7</translation>
    </message>
    <message>
        <source>As its round</source>
        <translation>Wie in seiner Runde</translation>
    </message>
    <message>
        <source>Handicapped by rating (Fargo): the weaker player needs fewer racks</source>
        <translation>Vorgabe nach Rating (Fargo): Der schwächere Spieler braucht weniger Racks</translation>
    </message>
    <message>
        <source>Percent of the purse by place, like 50,30,20</source>
        <translation>Prozent des Preistopfs nach Platz, etwa 50,30,20</translation>
    </message>
    <message>
        <source>By rating</source>
        <translation>Nach Rating</translation>
    </message>
    <message>
        <source>By hand, in the order of the entries</source>
        <translation>Von Hand, in der Reihenfolge der Meldungen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Grand &amp;final:</source>
        <translation>Großes &amp;Finale:</translation>
    </message>
    <message>
        <source>S&amp;wiss rounds:</source>
        <translation>Runden (Sch&amp;weizer System):</translation>
    </message>
    <message>
        <source>Gro&amp;ups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>Races &amp;by round:</source>
        <translation>Race &amp;je Runde:</translation>
    </message>
    <message>
        <source>F&amp;inal&apos;s race:</source>
        <translation>Race &amp;im Finale:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Entry fee:</source>
        <translation>Startgel&amp;d:</translation>
    </message>
    <message>
        <source>A&amp;dded money:</source>
        <translation>&amp;Zusätzliches Preisgeld:</translation>
    </message>
    <message>
        <source>&amp;Payouts (%):</source>
        <translation>&amp;Auszahlungen (%):</translation>
    </message>
    <message>
        <source>Player &amp;cap:</source>
        <translation>&amp;Höchstzahl an Spielern:</translation>
    </message>
    <message>
        <source>See&amp;ding:</source>
        <translation>Se&amp;tzliste:</translation>
    </message>
    <message>
        <source>A tournament needs a name.</source>
        <translation>Ein Turnier braucht einen Namen.</translation>
    </message>
    <message>
        <source>Races by round are racks from 1 to 99 separated by commas, like 5,5,7.</source>
        <translation>Race je Runde sind Racks von 1 bis 99, durch Kommas getrennt, etwa 5,5,7.</translation>
    </message>
    <message>
        <source>The entry fee is an amount like 20 or 20.50.</source>
        <translation>Das Startgeld ist ein Betrag wie 20 oder 20.50.</translation>
    </message>
    <message>
        <source>The added money is an amount like 100 or 100.00.</source>
        <translation>Das zusätzliche Preisgeld ist ein Betrag wie 100 oder 100.00.</translation>
    </message>
    <message>
        <source>Payouts are percentages of the purse separated by commas, like 50,30,20.</source>
        <translation>Auszahlungen sind Prozentsätze des Preistopfs, durch Kommas getrennt, etwa 50,30,20.</translation>
    </message>
    <message>
        <source>The payouts add up to %1 %: they may be 100 % of the purse at most.</source>
        <translation>Die Auszahlungen ergeben zusammen %1 %: Sie dürfen höchstens 100 % des Preistopfs betragen.</translation>
    </message>
    <message>
        <source>This venue&apos;s tournaments are closed: open the venue again.</source>
        <translation>Die Turniere dieses Salons sind geschlossen: Öffnen Sie den Salon erneut.</translation>
    </message>
    <message>
        <source>Create Tournament “%1”</source>
        <translation>Turnier „%1“ erstellen</translation>
    </message>
    <message>
        <source>The tournament was not created.</source>
        <translation>Das Turnier wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>The tournament was not cancelled.</source>
        <translation>Das Turnier wurde nicht abgesagt.</translation>
    </message>
    <message>
        <source>Edit Tournament “%1”</source>
        <translation>Turnier „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The tournament&apos;s settings were not saved.</source>
        <translation>Die Einstellungen des Turniers wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The tournament&apos;s settings were not put back.</source>
        <translation>Die Einstellungen des Turniers wurden nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Enter %1 in %2</source>
        <translation>%1 für %2 melden</translation>
    </message>
    <message>
        <source>The player was not entered.</source>
        <translation>Der Spieler wurde nicht gemeldet.</translation>
    </message>
    <message>
        <source>The entry was not withdrawn.</source>
        <translation>Die Meldung wurde nicht zurückgezogen.</translation>
    </message>
    <message>
        <source>Set %1 Back to Entered</source>
        <translation>%1 wieder auf Gemeldet setzen</translation>
    </message>
    <message>
        <source>Check In %1</source>
        <translation>%1 einchecken</translation>
    </message>
    <message>
        <source>Mark %1 as a No-Show</source>
        <translation>%1 als nicht erschienen markieren</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>%1 zurückziehen</translation>
    </message>
    <message>
        <source>The player&apos;s entry was not changed.</source>
        <translation>Die Meldung des Spielers wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The player&apos;s entry was not put back.</source>
        <translation>Die Meldung des Spielers wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Mark %1 as Paid</source>
        <translation>%1 als bezahlt markieren</translation>
    </message>
    <message>
        <source>Mark %1 as Not Paid</source>
        <translation>%1 als nicht bezahlt markieren</translation>
    </message>
    <message>
        <source>The entry fee was not noted.</source>
        <translation>Das Startgeld wurde nicht vermerkt.</translation>
    </message>
    <message>
        <source>Move %1 Up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 Down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Make the Draw of %1</source>
        <translation>%1 auslosen</translation>
    </message>
    <message>
        <source>The draw was not made.</source>
        <translation>Die Auslosung wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <source>The sign-up was not opened again.</source>
        <translation>Die Anmeldung wurde nicht wieder geöffnet.</translation>
    </message>
    <message>
        <source>Reopen the Sign-Up of %1</source>
        <translation>Die Anmeldung von %1 wieder öffnen</translation>
    </message>
    <message>
        <source>The draw was not made again.</source>
        <translation>Die Auslosung wurde nicht erneut vorgenommen.</translation>
    </message>
    <message>
        <source>The match was not given a table.</source>
        <translation>Dem Match wurde kein Tisch zugewiesen.</translation>
    </message>
    <message>
        <source>Every free table is playing one of the tournament&apos;s matches already; choose one by hand with Table….</source>
        <translation>Jeder freie Tisch spielt bereits ein Match des Turniers; wählen Sie einen von Hand mit Tisch….</translation>
    </message>
    <message>
        <source>The match&apos;s table was not put back.</source>
        <translation>Der Tisch des Matches wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Record the Result of %1</source>
        <translation>Das Ergebnis von %1 eintragen</translation>
    </message>
    <message>
        <source>The result was not recorded.</source>
        <translation>Das Ergebnis wurde nicht eingetragen.</translation>
    </message>
    <message>
        <source>The result was not taken back.</source>
        <translation>Das Ergebnis wurde nicht zurückgenommen.</translation>
    </message>
    <message>
        <source>Take Back the Result of %1</source>
        <translation>Das Ergebnis von %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Tournaments — %1</source>
        <translation>Turniere — %1</translation>
    </message>
    <message>
        <source>Tournaments</source>
        <translation>Turniere</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Matches ready to play</source>
        <translation>Spielbereite Matches</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Race</translation>
    </message>
    <message>
        <source>Ready Matches</source>
        <translation>Spielbereite Matches</translation>
    </message>
    <message>
        <source>&amp;New Tournament…</source>
        <translation>&amp;Neues Turnier…</translation>
    </message>
    <message>
        <source>&amp;Edit Tournament…</source>
        <translation>Turnier &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Cancel Tournament…</source>
        <translation>Turnier &amp;absagen…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Seed the checked-in players (everyone entered when no one checked in) and draw the bracket</source>
        <translation>Die eingecheckten Spieler setzen (alle gemeldeten, wenn niemand eingecheckt hat) und den Turnierbaum auslosen</translation>
    </message>
    <message>
        <source>&amp;Print Bracket…</source>
        <translation>Turnierbaum d&amp;rucken…</translation>
    </message>
    <message>
        <source>Save Bracket as P&amp;DF…</source>
        <translation>Turnierbaum als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Record the selected match&apos;s result by hand</source>
        <translation>Das Ergebnis des ausgewählten Matches von Hand eintragen</translation>
    </message>
    <message>
        <source>&amp;Next Free Table</source>
        <translation>&amp;Nächster freier Tisch</translation>
    </message>
    <message>
        <source>Put the selected match on the first free table of the floor (T in the bracket)</source>
        <translation>Das ausgewählte Match an den ersten freien Tisch im Saal geben (T im Turnierbaum)</translation>
    </message>
    <message>
        <source>&amp;Table…</source>
        <translation>&amp;Tisch…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Take &amp;Back Result</source>
        <translation>Ergebnis &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Take the selected match&apos;s result back to record the right one (a referee or a manager)</source>
        <translation>Das Ergebnis des ausgewählten Matches zurücknehmen, um das richtige einzutragen (Schiedsrichter oder Manager)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Tournament</source>
        <translation>&amp;Turnier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Matc&amp;h</source>
        <translation>&amp;Match</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Turnier</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>The tournaments could not be read.</source>
        <translation>Die Turniere konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The tournament could not be read.</source>
        <translation>Das Turnier konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No tournament yet: New Tournament… (Ctrl+N) sets one up.</source>
        <translation>Noch kein Turnier: Neues Turnier… (Ctrl+N) richtet eines ein.</translation>
    </message>
    <message>
        <source>race to %1</source>
        <translation>Race auf %1</translation>
    </message>
    <message>
        <source>races %1 by round</source>
        <translation>Race %1 je Runde</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, handicapped · starts %4 · entry %5, added %6 · %7</source>
        <translation>%1 · %2 · %3, mit Vorgabe · Beginn %4 · Startgeld %5, zusätzlich %6 · %7</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · starts %4 · entry %5, added %6 · %7</source>
        <translation>%1 · %2 · %3 · Beginn %4 · Startgeld %5, zusätzlich %6 · %7</translation>
    </message>
    <message>
        <source>%1 (%2 against %3)</source>
        <translation>%1 (%2 gegen %3)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>%1 takes sign-ups: enter its players.</source>
        <translation>%1 nimmt Anmeldungen an: Melden Sie seine Spieler.</translation>
    </message>
    <message>
        <source>Cancel Tournament</source>
        <translation>Turnier absagen</translation>
    </message>
    <message>
        <source>Cancel %1? Its entries and results are kept, but it cannot be run again.</source>
        <translation>%1 absagen? Meldungen und Ergebnisse bleiben erhalten, aber das Turnier kann nicht mehr gespielt werden.</translation>
    </message>
    <message>
        <source>%1 is entered.</source>
        <translation>%1 ist gemeldet.</translation>
    </message>
    <message>
        <source>The draw is made: put the first matches on tables (T) and enter their results (Enter).</source>
        <translation>Die Auslosung ist erfolgt: Geben Sie die ersten Matches an Tische (T) und tragen Sie ihre Ergebnisse ein (Eingabetaste).</translation>
    </message>
    <message>
        <source>%1 is not ready for a result.</source>
        <translation>%1 ist nicht bereit für ein Ergebnis.</translation>
    </message>
    <message>
        <source>No tournament is shown.</source>
        <translation>Es wird kein Turnier angezeigt.</translation>
    </message>
    <message>
        <source>The result of %1 is recorded; Ctrl+Z takes it back.</source>
        <translation>Das Ergebnis von %1 ist eingetragen; Ctrl+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>%1 is not ready to play.</source>
        <translation>%1 ist nicht spielbereit.</translation>
    </message>
    <message>
        <source>No table of the floor is free now; choose one by hand with Table….</source>
        <translation>Im Saal ist gerade kein Tisch frei; wählen Sie einen von Hand mit Tisch….</translation>
    </message>
    <message>
        <source>Put %1 on the Next Free Table</source>
        <translation>%1 an den nächsten freien Tisch geben</translation>
    </message>
    <message>
        <source>%1 plays on %2.</source>
        <translation>%1 wird an %2 gespielt.</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>Kein Tisch</translation>
    </message>
    <message>
        <source>Table for %1</source>
        <translation>Tisch für %1</translation>
    </message>
    <message>
        <source>Where %1 is played:</source>
        <translation>Wo %1 gespielt wird:</translation>
    </message>
    <message>
        <source>Put %1 on %2</source>
        <translation>%1 an %2 geben</translation>
    </message>
    <message>
        <source>Take %1 off Its Table</source>
        <translation>%1 von seinem Tisch nehmen</translation>
    </message>
    <message>
        <source>The result of %1 is taken back: enter the right one.</source>
        <translation>Das Ergebnis von %1 ist zurückgenommen: Tragen Sie das richtige ein.</translation>
    </message>
    <message>
        <source>Print Bracket</source>
        <translation>Turnierbaum drucken</translation>
    </message>
    <message>
        <source>The bracket was not printed.</source>
        <translation>Der Turnierbaum wurde nicht gedruckt.</translation>
    </message>
    <message>
        <source>Sent the bracket of %1 to the printer.</source>
        <translation>Der Turnierbaum von %1 wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>There is no bracket to save: the draw is not made.</source>
        <translation>Es gibt keinen Turnierbaum zum Speichern: Die Auslosung ist noch nicht erfolgt.</translation>
    </message>
    <message>
        <source>Save Bracket as PDF</source>
        <translation>Turnierbaum als PDF speichern</translation>
    </message>
    <message>
        <source>The bracket was not saved.</source>
        <translation>Der Turnierbaum wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved the bracket in %1.</source>
        <translation>Der Turnierbaum wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Single elimination</source>
        <translation>K.-o.-System</translation>
    </message>
    <message>
        <source>Double elimination</source>
        <translation>Doppel-K.-o.-System</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Jeder gegen jeden</translation>
    </message>
    <message>
        <source>Swiss</source>
        <translation>Schweizer System</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>14.1 straight pool</source>
        <translation>14.1 endlos</translation>
    </message>
    <message>
        <source>Winners round %1</source>
        <translation>Siegerrunde %1</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Semi-finals</source>
        <translation>Halbfinale</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Losers round %1</source>
        <translation>Verliererrunde %1</translation>
    </message>
    <message>
        <source>Grand final</source>
        <translation>Großes Finale</translation>
    </message>
    <message>
        <source>Reset (if needed)</source>
        <translation>Zweites Finale (falls nötig)</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Platz drei</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Winner of %1</source>
        <translation>Sieger von %1</translation>
    </message>
    <message>
        <source>Loser of %1</source>
        <translation>Verlierer von %1</translation>
    </message>
    <message>
        <source>BYE</source>
        <translation>FREILOS</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Setzplatz %1</translation>
    </message>
    <message>
        <source>Race to %1</source>
        <translation>Race auf %1</translation>
    </message>
    <message>
        <source>Race %1–%2</source>
        <translation>Race %1–%2</translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation>%1, Setzplatz %2</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): %4 beat %5 %6–%7.</source>
        <translation>%1, Match %2 (%3): %4 schlägt %5 %6:%7.</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): %4 has a bye.</source>
        <translation>%1, Match %2 (%3): %4 hat ein Freilos.</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): not played.</source>
        <translation>%1, Match %2 (%3): nicht gespielt.</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): %4 against %5, on %6.</source>
        <translation>%1, Match %2 (%3): %4 gegen %5, an %6.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): %4 against %5, ready to play.</source>
        <translation>%1, Match %2 (%3): %4 gegen %5, spielbereit.</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): %4 against %5, waiting for its players.</source>
        <translation>%1, Match %2 (%3): %4 gegen %5, wartet auf seine Spieler.</translation>
    </message>
    <message>
        <source>&amp;Players…</source>
        <translation>&amp;Spieler…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Find a player and see their profile, ratings, matches, table time and charts</source>
        <translation>Einen Spieler suchen und sein Profil, seine Ratings, Matches, Spielzeiten und Diagramme ansehen</translation>
    </message>
    <message>
        <source>&amp;Leaderboards…</source>
        <translation>&amp;Ranglisten…</translation>
    </message>
    <message>
        <source>The venue&apos;s players ranked by rating, by game</source>
        <translation>Die Spieler des Salons nach Rating geordnet, je Spielart</translation>
    </message>
    <message>
        <source>&amp;Head to Head…</source>
        <translation>&amp;Direktvergleich…</translation>
    </message>
    <message>
        <source>Two players against each other: their matches and the odds of a race</source>
        <translation>Zwei Spieler gegeneinander: ihre Matches und die Chancen in einem Race</translation>
    </message>
    <message>
        <source>Merge &amp;Duplicates…</source>
        <translation>Duplikate &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Players who look like one person, to merge; and those merged, to separate</source>
        <translation>Spieler, die wie eine Person aussehen, zum Zusammenführen; und zusammengeführte, zum Trennen</translation>
    </message>
    <message>
        <source>Enter the racks two players won in a match played without the automatic referee</source>
        <translation>Die Racks eintragen, die zwei Spieler in einem Match ohne automatischen Schiedsrichter gewonnen haben</translation>
    </message>
    <message>
        <source>Open &amp;Profile</source>
        <translation>&amp;Profil öffnen</translation>
    </message>
    <message>
        <source>Correct Result</source>
        <translation>Ergebnis korrigieren</translation>
    </message>
    <message>
        <source>Enter Result</source>
        <translation>Ergebnis eintragen</translation>
    </message>
    <message>
        <source>Find the player</source>
        <translation>Spieler suchen</translation>
    </message>
    <message>
        <source>Why the result is corrected</source>
        <translation>Warum das Ergebnis korrigiert wird</translation>
    </message>
    <message>
        <source>Player &amp;A:</source>
        <translation>Spieler &amp;A:</translation>
    </message>
    <message>
        <source>Player &amp;B:</source>
        <translation>Spieler &amp;B:</translation>
    </message>
    <message>
        <source>Racks won by A:</source>
        <translation>Gewonnene Racks von A:</translation>
    </message>
    <message>
        <source>Racks won by B:</source>
        <translation>Gewonnene Racks von B:</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <source>E&amp;nter</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>Find both players.</source>
        <translation>Suchen Sie beide Spieler.</translation>
    </message>
    <message>
        <source>A result is between two different players.</source>
        <translation>Ein Ergebnis gilt zwischen zwei verschiedenen Spielern.</translation>
    </message>
    <message>
        <source>Enter the racks each player won.</source>
        <translation>Geben Sie die Racks ein, die jeder Spieler gewonnen hat.</translation>
    </message>
    <message>
        <source>Say why the result is corrected.</source>
        <translation>Geben Sie an, warum das Ergebnis korrigiert wird.</translation>
    </message>
    <message>
        <source>&amp;First player:</source>
        <translation>Ers&amp;ter Spieler:</translation>
    </message>
    <message>
        <source>&amp;Second player:</source>
        <translation>Zwe&amp;iter Spieler:</translation>
    </message>
    <message>
        <source>R&amp;acks the first needs:</source>
        <translation>Benötigte &amp;Racks (Erster):</translation>
    </message>
    <message>
        <source>Rac&amp;ks the second needs:</source>
        <translation>Benötigte Racks (Z&amp;weiter):</translation>
    </message>
    <message>
        <source>Against each other</source>
        <translation>Gegeneinander</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Matches:</translation>
    </message>
    <message>
        <source>Racks:</source>
        <translation>Racks:</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Ratings:</translation>
    </message>
    <message>
        <source>A rack:</source>
        <translation>Ein Rack:</translation>
    </message>
    <message>
        <source>The race:</source>
        <translation>Das Race:</translation>
    </message>
    <message>
        <source>Handicap:</source>
        <translation>Vorgabe:</translation>
    </message>
    <message>
        <source>Pick two different players.</source>
        <translation>Wählen Sie zwei verschiedene Spieler.</translation>
    </message>
    <message>
        <source>Pick two players to compare.</source>
        <translation>Wählen Sie zwei Spieler zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 and %2 have not played each other yet.</source>
        <translation>%1 und %2 haben noch nicht gegeneinander gespielt.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches: %1 won %2, %3 won %4.</source>
        <translation>
            <numerusform>%n Match: %1 hat %2 gewonnen, %3 hat %4 gewonnen.</numerusform>
            <numerusform>%n Matches: %1 hat %2 gewonnen, %3 hat %4 gewonnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches: %1 won %2, %3 won %4, %5 drawn.</source>
        <translation>
            <numerusform>%n Match: %1 hat %2 gewonnen, %3 hat %4 gewonnen, %5 unentschieden.</numerusform>
            <numerusform>%n Matches: %1 hat %2 gewonnen, %3 hat %4 gewonnen, %5 unentschieden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 won %2 racks, %3 won %4.</source>
        <translation>%1 hat %2 Racks gewonnen, %3 hat %4 gewonnen.</translation>
    </message>
    <message>
        <source>%1 %2; %3 %4.</source>
        <translation>%1 %2; %3 %4.</translation>
    </message>
    <message>
        <source>%1 wins a rack %2 of the time, %3 %4.</source>
        <translation>%1 gewinnt ein Rack in %2 der Fälle, %3 in %4.</translation>
    </message>
    <message>
        <source>With %1 needing %2 and %3 needing %4, %1 wins the race %5 of the time.</source>
        <translation>Wenn %1 %2 und %3 %4 Racks braucht, gewinnt %1 das Race in %5 der Fälle.</translation>
    </message>
    <message>
        <source>The race nearest to even: %1 needs %2, %3 needs %4 (%1 wins %5 of the time).</source>
        <translation>Das ausgeglichenste Race: %1 braucht %2, %3 braucht %4 (%1 gewinnt in %5 der Fälle).</translation>
    </message>
    <message>
        <source>All games</source>
        <translation>Alle Spielarten</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>The leaderboard cannot be worked out: %1</source>
        <translation>Die Rangliste kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Nobody has played a rack yet.</source>
        <translation>Noch niemand hat ein Rack gespielt.</translation>
    </message>
    <message>
        <source>Nobody has played a rack of %1 yet.</source>
        <translation>Noch niemand hat ein Rack %1 gespielt.</translation>
    </message>
    <message>
        <source>Ratings on the Fargo scale: 100 points more is 2:1 odds of winning a rack. A rating from fewer than %1 racks is provisional.</source>
        <translation>Ratings auf der Fargo-Skala: 100 Punkte mehr bedeuten eine Chance von 2:1, ein Rack zu gewinnen. Ein Rating aus weniger als %1 Racks ist vorläufig.</translation>
    </message>
    <message>
        <source>The best ratings over every game</source>
        <translation>Die besten Ratings über alle Spielarten</translation>
    </message>
    <message>
        <source>The best ratings at %1</source>
        <translation>Die besten Ratings in %1</translation>
    </message>
    <message>
        <source>The same name and contact</source>
        <translation>Gleicher Name und Kontakt</translation>
    </message>
    <message>
        <source>The same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message>
        <source>The same contact</source>
        <translation>Gleicher Kontakt</translation>
    </message>
    <message>
        <source>Merge Duplicates</source>
        <translation>Duplikate zusammenführen</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Zweiter</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Keep the &amp;First</source>
        <translation>&amp;Ersten behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;Second</source>
        <translation>&amp;Zweiten behalten</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Wahrscheinliche Duplikate</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt mit</translation>
    </message>
    <message>
        <source>Se&amp;parate</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>The duplicate is a player of their own again, with their own matches and results</source>
        <translation>Das Duplikat ist wieder ein eigener Spieler, mit seinen eigenen Matches und Ergebnissen</translation>
    </message>
    <message>
        <source>Merged so far</source>
        <translation>Bisher zusammengeführt</translation>
    </message>
    <message>
        <source>No two players look like one person.</source>
        <translation>Keine zwei Spieler sehen wie eine Person aus.</translation>
    </message>
    <message>
        <source>Keep one of the pair: the other is merged into them, and their matches and results count for the one kept.</source>
        <translation>Behalten Sie einen Spieler des Paares: Der andere wird mit ihm zusammengeführt, und seine Matches und Ergebnisse zählen für den behaltenen.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Merge %1 Into…</source>
        <translation>%1 zusammenführen mit…</translation>
    </message>
    <message>
        <source>Choose the player to keep: %1 is hidden behind them, and every match and result of %1 counts for them. Edit → Undo separates them again.</source>
        <translation>Wählen Sie den Spieler, der bleibt: %1 wird ihm zugeordnet, und jedes Match und Ergebnis von %1 zählt für ihn. Bearbeiten → Rückgängig trennt sie wieder.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Month, %1</source>
        <translation>Monat, %1</translation>
    </message>
    <message>
        <source>Month, %1 to %2</source>
        <translation>Monat, %1 bis %2</translation>
    </message>
    <message>
        <source>Month (breaks), %1</source>
        <translation>Monat (Anstöße), %1</translation>
    </message>
    <message>
        <source>Month (breaks), %1 to %2</source>
        <translation>Monat (Anstöße), %1 bis %2</translation>
    </message>
    <message>
        <source>@value%</source>
        <translation>@value %</translation>
    </message>
    <message>
        <source>Rating over time: no racks played yet</source>
        <translation>Rating im Zeitverlauf: noch keine Racks gespielt</translation>
    </message>
    <message>
        <source>Rating at the end of each month</source>
        <translation>Rating am Ende jedes Monats</translation>
    </message>
    <message>
        <source>Matches won by game: no matches played yet</source>
        <translation>Gewonnene Matches nach Spielart: noch keine Matches gespielt</translation>
    </message>
    <message>
        <source>Matches won by game</source>
        <translation>Gewonnene Matches nach Spielart</translation>
    </message>
    <message>
        <source>Game (matches played)</source>
        <translation>Spielart (gespielte Matches)</translation>
    </message>
    <message>
        <source>Matches won (%)</source>
        <translation>Gewonnene Matches (%)</translation>
    </message>
    <message>
        <source>Balls per inning: no match by the automatic referee yet</source>
        <translation>Kugeln pro Aufnahme: noch kein Match mit dem automatischen Schiedsrichter</translation>
    </message>
    <message>
        <source>Balls pocketed per inning, by month</source>
        <translation>Versenkte Kugeln pro Aufnahme, nach Monat</translation>
    </message>
    <message>
        <source>Balls per inning</source>
        <translation>Kugeln pro Aufnahme</translation>
    </message>
    <message>
        <source>Break success: no break by the automatic referee yet</source>
        <translation>Anstoßerfolg: noch kein Anstoß mit dem automatischen Schiedsrichter</translation>
    </message>
    <message>
        <source>Breaks that pocketed a ball without a foul, by month</source>
        <translation>Anstöße, die ohne Foul eine Kugel versenkt haben, nach Monat</translation>
    </message>
    <message>
        <source>Breaks made (%)</source>
        <translation>Erfolgreiche Anstöße (%)</translation>
    </message>
    <message>
        <source>Rating (pale: provisional)</source>
        <translation>Rating (blass: vorläufig)</translation>
    </message>
    <message>
        <source>Ratings at the end of each month</source>
        <translation>Ratings am Ende jedes Monats</translation>
    </message>
    <message>
        <source>Find a player by name, nickname or contact</source>
        <translation>Spieler nach Name, Spitzname oder Kontakt suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n players found</source>
        <translation>
            <numerusform>%n Spieler gefunden</numerusform>
            <numerusform>%n Spieler gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Players of %1</source>
        <translation>Spieler von %1</translation>
    </message>
    <message>
        <source>&amp;Leaderboards</source>
        <translation>&amp;Ranglisten</translation>
    </message>
    <message>
        <source>&amp;Head to Head</source>
        <translation>&amp;Direktvergleich</translation>
    </message>
    <message>
        <source>The ratings could not be read.</source>
        <translation>Die Ratings konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The ratings could not be worked out.</source>
        <translation>Die Ratings konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <source>%1 players, %2 of them rated from racks played; %3 racks counted.</source>
        <translation>%1 Spieler, davon %2 mit Rating aus gespielten Racks; %3 Racks gezählt.</translation>
    </message>
    <message>
        <source>The referee&apos;s matches also name players the venue does not know (%1): their racks are not counted until they are added or merged.</source>
        <translation>Die Matches des Schiedsrichters nennen auch Spieler, die der Salon nicht kennt (%1): Ihre Racks werden erst gezählt, wenn sie hinzugefügt oder zusammengeführt sind.</translation>
    </message>
    <message>
        <source>The matches cannot be read: %1</source>
        <translation>Die Matches können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The profile could not be changed.</source>
        <translation>Das Profil konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The players could not be merged.</source>
        <translation>Die Spieler konnten nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The players could not be separated.</source>
        <translation>Die Spieler konnten nicht getrennt werden.</translation>
    </message>
    <message>
        <source>Enter the result %1 %2–%3 %4</source>
        <translation>Das Ergebnis %1 %2:%3 %4 eintragen</translation>
    </message>
    <message>
        <source>The result was not changed.</source>
        <translation>Das Ergebnis wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Void Result</source>
        <translation>Ergebnis annullieren</translation>
    </message>
    <message>
        <source>Why does the result %1 %2–%3 %4 no longer count?</source>
        <translation>Warum zählt das Ergebnis %1 %2:%3 %4 nicht mehr?</translation>
    </message>
    <message>
        <source>Void the result %1 %2–%3 %4</source>
        <translation>Das Ergebnis %1 %2:%3 %4 annullieren</translation>
    </message>
    <message>
        <source>The result was not voided.</source>
        <translation>Das Ergebnis wurde nicht annulliert.</translation>
    </message>
    <message>
        <source>Correct the result %1 %2–%3 %4 to %5 %6–%7 %8</source>
        <translation>Das Ergebnis %1 %2:%3 %4 zu %5 %6:%7 %8 korrigieren</translation>
    </message>
    <message>
        <source>The result was not corrected.</source>
        <translation>Das Ergebnis wurde nicht korrigiert.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Profil von %1</translation>
    </message>
    <message>
        <source>A phone number or an e-mail address</source>
        <translation>Eine Telefonnummer oder eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Where the rating starts before any rack: it counts as 20 racks against an equal player, so it fades as racks are played.</source>
        <translation>Wo das Rating vor dem ersten Rack beginnt: Es zählt wie 20 Racks gegen einen gleich starken Spieler und verliert daher an Gewicht, je mehr Racks gespielt werden.</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Starter rating:</source>
        <translation>&amp;Start-Rating:</translation>
    </message>
    <message>
        <source>Challenge, entered by hand</source>
        <translation>Herausforderung, von Hand eingetragen</translation>
    </message>
    <message>
        <source>Tournament, entered by hand</source>
        <translation>Turnier, von Hand eingetragen</translation>
    </message>
    <message>
        <source>A table since removed</source>
        <translation>Ein inzwischen entfernter Tisch</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Von Hand eingetragen</translation>
    </message>
    <message>
        <source>No racks played yet: the starter rating until then.</source>
        <translation>Noch keine Racks gespielt: bis dahin gilt das Start-Rating.</translation>
    </message>
    <message numerus="yes">
        <source>%n racks, provisional; place %1 of %2 with racks played.</source>
        <translation>
            <numerusform>%n Rack, vorläufig; Platz %1 von %2 mit gespielten Racks.</numerusform>
            <numerusform>%n Racks, vorläufig; Platz %1 von %2 mit gespielten Racks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n racks, established; place %1 of %2 with racks played.</source>
        <translation>
            <numerusform>%n Rack, gefestigt; Platz %1 von %2 mit gespielten Racks.</numerusform>
            <numerusform>%n Racks, gefestigt; Platz %1 von %2 mit gespielten Racks.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the name, nickname, contact, membership or starter rating (F2)</source>
        <translation>Name, Spitzname, Kontakt, Mitgliedschaft oder Start-Rating ändern (F2)</translation>
    </message>
    <message>
        <source>Merge &amp;Into…</source>
        <translation>Zusammen&amp;führen mit…</translation>
    </message>
    <message>
        <source>This player is a duplicate of another: keep the other, and count this one&apos;s matches for them</source>
        <translation>Dieser Spieler ist ein Duplikat eines anderen: den anderen behalten und die Matches dieses Spielers für ihn zählen</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Member until:</source>
        <translation>Mitglied bis:</translation>
    </message>
    <message>
        <source>Starter rating:</source>
        <translation>Start-Rating:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Gegner</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Void Result…</source>
        <translation>Ergebnis &amp;annullieren…</translation>
    </message>
    <message>
        <source>The result entered by hand no longer counts (a referee&apos;s or a manager&apos;s)</source>
        <translation>Das von Hand eingetragene Ergebnis zählt nicht mehr (Schiedsrichter oder Manager)</translation>
    </message>
    <message>
        <source>&amp;Correct Result…</source>
        <translation>Ergebnis &amp;korrigieren…</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Matches</translation>
    </message>
    <message>
        <source>Table &amp;Time</source>
        <translation>Spielzei&amp;t</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>No player chosen</source>
        <translation>Kein Spieler ausgewählt</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message numerus="yes">
        <source>In %n matches by the automatic referee: %1 balls per inning, %2 of %3 breaks made.</source>
        <translation>
            <numerusform>In %n Match mit dem automatischen Schiedsrichter: %1 Kugeln pro Aufnahme, %2 von %3 Anstößen erfolgreich.</numerusform>
            <numerusform>In %n Matches mit dem automatischen Schiedsrichter: %1 Kugeln pro Aufnahme, %2 von %3 Anstößen erfolgreich.</numerusform>
        </translation>
    </message>
    <message>
        <source>No match by the automatic referee yet: balls per inning and breaks come from those.</source>
        <translation>Noch kein Match mit dem automatischen Schiedsrichter: Kugeln pro Aufnahme und Anstöße stammen von dort.</translation>
    </message>
    <message>
        <source>No matches yet.</source>
        <translation>Noch keine Matches.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches. A result entered by hand is voided (Delete) or corrected (Enter) by a referee or a manager.</source>
        <translation>
            <numerusform>%n Match. Ein von Hand eingetragenes Ergebnis wird von einem Schiedsrichter oder Manager annulliert (Entf) oder korrigiert (Eingabetaste).</numerusform>
            <numerusform>%n Matches. Ein von Hand eingetragenes Ergebnis wird von einem Schiedsrichter oder Manager annulliert (Entf) oder korrigiert (Eingabetaste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Still playing</source>
        <translation>Spielt noch</translation>
    </message>
    <message>
        <source>No table time yet.</source>
        <translation>Noch keine Spielzeit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 played over %n visits.</source>
        <translation>
            <numerusform>%1 gespielt bei %n Besuch.</numerusform>
            <numerusform>%1 gespielt bei %n Besuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n racks, provisional)</source>
        <translation>
            <numerusform>%1 (%n Rack, vorläufig)</numerusform>
            <numerusform>%1 (%n Racks, vorläufig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n racks)</source>
        <translation>
            <numerusform>%1 (%n Rack)</numerusform>
            <numerusform>%1 (%n Racks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Gefestigt</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Undone at the desk.</source>
        <translation>Am Empfang rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Undone at the desk: %1</source>
        <translation>Am Empfang rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>%1, match %2 of %3: %4 against %5. %6.</source>
        <translation>%1, Match %2 von %3: %4 gegen %5. %6.</translation>
    </message>
    <message>
        <source>Tournament: %1, match %2: %3 against %4. %5.</source>
        <translation>Turnier: %1, Match %2: %3 gegen %4. %5.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Alerts now:</source>
        <translation>&amp;Warnmeldungen jetzt:</translation>
    </message>
    <message>
        <source>Alerts now</source>
        <translation>Warnmeldungen jetzt</translation>
    </message>
    <message>
        <source>Camera frames a second</source>
        <translation>Kamerabilder pro Sekunde</translation>
    </message>
    <message>
        <source>frames a second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Frames processed a second</source>
        <translation>Verarbeitete Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Dropped frames a second</source>
        <translation>Verworfene Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Time to process a frame</source>
        <translation>Zeit zum Verarbeiten eines Bildes</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>Live-Verbindungen</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Live messages a second</source>
        <translation>Live-Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>messages a second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>CPU of this process</source>
        <translation>CPU dieses Prozesses</translation>
    </message>
    <message>
        <source>% of one core</source>
        <translation>% eines Kerns</translation>
    </message>
    <message>
        <source>Memory of this process</source>
        <translation>Speicher dieses Prozesses</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Database write latency (longest each second)</source>
        <translation>Schreiblatenz der Datenbank (längste je Sekunde)</translation>
    </message>
    <message>
        <source>Free space on the data&apos;s disk</source>
        <translation>Freier Platz auf der Festplatte der Daten</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Last &amp;hour</source>
        <translation>Letzte &amp;Stunde</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Tagesbericht</translation>
    </message>
    <message>
        <source>&amp;Daily report</source>
        <translation>Tages&amp;bericht</translation>
    </message>
    <message>
        <source>No alerts: every figure is within its thresholds.</source>
        <translation>Keine Warnmeldungen: Jeder Wert liegt innerhalb seiner Schwellen.</translation>
    </message>
    <message>
        <source>Critical since %1: %2</source>
        <translation>Kritisch seit %1: %2</translation>
    </message>
    <message>
        <source>Warning since %1: %2</source>
        <translation>Warnung seit %1: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Kritisch: %1</translation>
    </message>
    <message>
        <source>Warning: %1 ms</source>
        <translation>Warnung: %1 ms</translation>
    </message>
    <message>
        <source>Critical: %1 ms</source>
        <translation>Kritisch: %1 ms</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Messages a second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Warning: %1 %</source>
        <translation>Warnung: %1 %</translation>
    </message>
    <message>
        <source>Critical: %1 %</source>
        <translation>Kritisch: %1 %</translation>
    </message>
    <message>
        <source>Resident memory</source>
        <translation>Residenter Speicher</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Longest write</source>
        <translation>Längster Schreibvorgang</translation>
    </message>
    <message>
        <source>Warning: %1 GB</source>
        <translation>Warnung: %1 GB</translation>
    </message>
    <message>
        <source>Critical: %1 GB</source>
        <translation>Kritisch: %1 GB</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Freier Platz</translation>
    </message>
    <message>
        <source>%1 (today, so far)</source>
        <translation>%1 (heute, bisher)</translation>
    </message>
    <message>
        <source>No report yet: the first is made with the first sample.</source>
        <translation>Noch kein Bericht: Der erste entsteht mit dem ersten Messwert.</translation>
    </message>
    <message>
        <source>&amp;Health…</source>
        <translation>&amp;Zustand…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Show the last hour of the cameras, the tracking, the live games, this PC&apos;s CPU and memory and the database, the alerts and the daily reports</source>
        <translation>Die letzte Stunde der Kameras, der Verfolgung, der Live-Spiele, von CPU und Speicher dieses PCs und der Datenbank, die Warnmeldungen und die Tagesberichte zeigen</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>Kamera stehen geblieben</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>Kommt nicht mit</translation>
    </message>
    <message>
        <source>View → Health… (Ctrl+H) shows the last hour.</source>
        <translation>Ansicht → Zustand… (Ctrl+H) zeigt die letzte Stunde.</translation>
    </message>
    <message>
        <source>Live at %1 · served by another DojoPool on this PC</source>
        <translation>Live unter %1 · bereitgestellt von einem anderen DojoPool auf diesem PC</translation>
    </message>
</context>
<context>
    <name>dojo::venue</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: stored %2, now %3</source>
        <translation>%1: gespeichert %2, jetzt %3</translation>
    </message>
    <message>
        <source>step %1 is missing; the next stored step is %2</source>
        <translation>Schritt %1 fehlt; der nächste gespeicherte Schritt ist %2</translation>
    </message>
    <message>
        <source>step %1 (%2) was played in rack %3 but the replay is in rack %4</source>
        <translation>Schritt %1 (%2) wurde in Rack %3 gespielt, beim Nachspielen ist es aber Rack %4</translation>
    </message>
    <message>
        <source>step %1 (%2 in rack %3) cannot be read: %4</source>
        <translation>Schritt %1 (%2 in Rack %3) kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>step %1 (%2 in rack %3) is refused by the rules now: %4</source>
        <translation>Schritt %1 (%2 in Rack %3) wird von den Regeln jetzt abgelehnt: %4</translation>
    </message>
    <message>
        <source>step %1 (%2 in rack %3) is ruled differently now: %4</source>
        <translation>Schritt %1 (%2 in Rack %3) wird jetzt anders entschieden: %4</translation>
    </message>
    <message>
        <source>%1 %2-%3 %4</source>
        <translation>%1 %2:%3 %4</translation>
    </message>
    <message>
        <source>%1: %2, %3, won by %4</source>
        <translation>%1: %2, %3, gewonnen von %4</translation>
    </message>
    <message>
        <source>%1: %2, %3, rack %4, %5 to play</source>
        <translation>%1: %2, %3, Rack %4, %5 ist am Zug</translation>
    </message>
    <message>
        <source>a match needs two players</source>
        <translation>ein Match braucht zwei Spieler</translation>
    </message>
    <message>
        <source>the two players of a match need different names</source>
        <translation>die beiden Spieler eines Matches brauchen verschiedene Namen</translation>
    </message>
    <message>
        <source>cannot start the match: %1</source>
        <translation>das Match kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the race and the first breaker are out of range</source>
        <translation>Ziel und erster Anstoßender liegen außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>cannot resume match %1: %2</source>
        <translation>Match %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>its setup cannot be read: %1</source>
        <translation>seine Einstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is stored as %1 but its setup is %2</source>
        <translation>es ist als %1 gespeichert, seine Einstellungen sagen aber %2</translation>
    </message>
    <message>
        <source>a step needs the name of who reports it</source>
        <translation>ein Schritt braucht den Namen dessen, der ihn meldet</translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation>eine Korrektur der Entscheidung braucht eine Begründung</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>In play</source>
        <translation>Im Spiel</translation>
    </message>
    <message>
        <source>table %1 is not on the venue floor shown</source>
        <translation>Tisch %1 ist nicht im angezeigten Saal</translation>
    </message>
    <message>
        <source>Foul by %1: a third foul in a row.</source>
        <translation>Foul von %1: das dritte Foul in Folge.</translation>
    </message>
    <message>
        <source>Foul by %1: the 8 ball was lost.</source>
        <translation>Foul von %1: Das Spiel ist mit der 8 verloren.</translation>
    </message>
    <message>
        <source>Foul by %1: the cue ball was pocketed.</source>
        <translation>Foul von %1: Die Spielkugel wurde versenkt.</translation>
    </message>
    <message>
        <source>Foul by %1: the cue ball left the table.</source>
        <translation>Foul von %1: Die Spielkugel ist vom Tisch gesprungen.</translation>
    </message>
    <message>
        <source>Foul by %1: the cue ball touched no object ball.</source>
        <translation>Foul von %1: Die Spielkugel hat keine Objektkugel berührt.</translation>
    </message>
    <message>
        <source>Foul by %1: the wrong ball was hit first.</source>
        <translation>Foul von %1: Zuerst wurde die falsche Kugel getroffen.</translation>
    </message>
    <message>
        <source>Foul by %1: no ball reached a cushion after contact.</source>
        <translation>Foul von %1: Nach dem Kontakt hat keine Kugel eine Bande erreicht.</translation>
    </message>
    <message>
        <source>Foul by %1: an object ball left the table.</source>
        <translation>Foul von %1: Eine Objektkugel ist vom Tisch gesprungen.</translation>
    </message>
    <message>
        <source>Foul by %1: the break was not legal.</source>
        <translation>Foul von %1: Der Anstoß war nicht regelgerecht.</translation>
    </message>
    <message>
        <source>Foul by %1: the referee called a foul.</source>
        <translation>Foul von %1: Der Schiedsrichter hat ein Foul gegeben.</translation>
    </message>
    <message>
        <source>%1 has ball in hand anywhere.</source>
        <translation>%1 hat Ball in der Hand auf dem ganzen Tisch.</translation>
    </message>
    <message>
        <source>%1 has ball in hand behind the head string.</source>
        <translation>%1 hat Ball in der Hand hinter der Kopflinie.</translation>
    </message>
    <message>
        <source>%1 is at the table.</source>
        <translation>%1 ist am Tisch.</translation>
    </message>
    <message>
        <source>%1 won the match %2-%3.</source>
        <translation>%1 hat das Match %2:%3 gewonnen.</translation>
    </message>
    <message>
        <source>%1 won the rack; the score is %2-%3. %4 breaks next.</source>
        <translation>%1 hat das Rack gewonnen; es steht %2:%3. Als Nächstes stößt %4 an.</translation>
    </message>
    <message>
        <source>The balls are racked again; %1 breaks.</source>
        <translation>Die Kugeln werden neu aufgebaut; %1 stößt an.</translation>
    </message>
    <message>
        <source>%1 continues at the table.</source>
        <translation>%1 bleibt am Tisch.</translation>
    </message>
    <message>
        <source>Point the camera of %1 at “%2”</source>
        <translation>Kamera von %1 auf „%2“ richten</translation>
    </message>
    <message>
        <source>a confirmation needs the name of who gives it</source>
        <translation>eine Bestätigung braucht den Namen dessen, der sie gibt</translation>
    </message>
    <message>
        <source>step %1 of this match is not stored</source>
        <translation>Schritt %1 dieses Matches ist nicht gespeichert</translation>
    </message>
    <message>
        <source>The shot was played before this match at the table: it was kept but not ruled.</source>
        <translation>Der Stoß wurde vor diesem Match am Tisch gespielt: Er wurde aufbewahrt, aber nicht entschieden.</translation>
    </message>
    <message>
        <source>No match is being played at this table: the shot was kept but not ruled.</source>
        <translation>An diesem Tisch läuft kein Match: Der Stoß wurde aufbewahrt, aber nicht entschieden.</translation>
    </message>
    <message>
        <source>The cue ball was placed by hand (ball in hand); no shot was played.</source>
        <translation>Die Spielkugel wurde von Hand aufgelegt (Ball in der Hand); es wurde kein Stoß gespielt.</translation>
    </message>
    <message>
        <source>A step entered before the shot was not taken: %1.</source>
        <translation>Ein vor dem Stoß eingegebener Schritt wurde nicht übernommen: %1.</translation>
    </message>
    <message>
        <source>The rules offered a choice before this shot that no one entered: a referee must settle it.</source>
        <translation>Die Regeln boten vor diesem Stoß eine Wahl an, die niemand eingegeben hat: Ein Schiedsrichter muss sie klären.</translation>
    </message>
    <message>
        <source>The shot was not ruled: %1.</source>
        <translation>Der Stoß wurde nicht entschieden: %1.</translation>
    </message>
    <message>
        <source>A review needs the referee&apos;s name.</source>
        <translation>Eine Überprüfung braucht den Namen des Schiedsrichters.</translation>
    </message>
    <message>
        <source>Shot %1 is no longer held.</source>
        <translation>Stoß %1 wird nicht mehr zurückgehalten.</translation>
    </message>
    <message>
        <source>Confirmed after review.</source>
        <translation>Nach Überprüfung bestätigt.</translation>
    </message>
    <message>
        <source>Shot %1 has no stored ruling to confirm.</source>
        <translation>Für Stoß %1 ist keine Entscheidung gespeichert, die sich bestätigen ließe.</translation>
    </message>
    <message>
        <source>Shot %1 was not ruled; there is nothing to confirm.</source>
        <translation>Stoß %1 wurde nicht entschieden; es gibt nichts zu bestätigen.</translation>
    </message>
    <message>
        <source>Shot %1 waits behind shot %2: review that one first.</source>
        <translation>Stoß %1 wartet hinter Stoß %2: Bitte zuerst diesen überprüfen.</translation>
    </message>
    <message>
        <source>An edited shot needs the referee&apos;s reason.</source>
        <translation>Ein bearbeiteter Stoß braucht die Begründung des Schiedsrichters.</translation>
    </message>
    <message>
        <source>Only the last shot ruled can be ruled again; overrule the ruling instead.</source>
        <translation>Nur der zuletzt entschiedene Stoß kann neu entschieden werden; heben Sie stattdessen die Entscheidung auf.</translation>
    </message>
    <message>
        <source>The rules refuse the edited shot: %1.</source>
        <translation>Die Regeln lehnen den bearbeiteten Stoß ab: %1.</translation>
    </message>
    <message>
        <source>Overruling needs the referee&apos;s reason.</source>
        <translation>Das Aufheben einer Entscheidung braucht die Begründung des Schiedsrichters.</translation>
    </message>
    <message>
        <source>No match is being played at this table.</source>
        <translation>An diesem Tisch läuft kein Match.</translation>
    </message>
    <message>
        <source>The referee overruled the ruling: %1</source>
        <translation>Der Schiedsrichter hat die Entscheidung aufgehoben: %1</translation>
    </message>
    <message>
        <source>the table&apos;s corners &quot;%1&quot; are not four points x,y separated by &apos;;&apos;</source>
        <translation>die Tischecken „%1“ sind nicht vier durch &apos;;&apos; getrennte Punkte x,y</translation>
    </message>
    <message>
        <source>the table&apos;s corner &quot;%1&quot; is not a point x,y</source>
        <translation>die Tischecke „%1“ ist kein Punkt x,y</translation>
    </message>
    <message>
        <source>the table&apos;s corner &quot;%1&quot; lies outside the picture (0 to 1 each way)</source>
        <translation>die Tischecke „%1“ liegt außerhalb des Bildes (0 bis 1 in jeder Richtung)</translation>
    </message>
    <message>
        <source>Place the corners of %1 by hand</source>
        <translation>Die Ecken von %1 von Hand setzen</translation>
    </message>
    <message>
        <source>Find the corners of %1 automatically</source>
        <translation>Die Ecken von %1 automatisch finden</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; cannot be read: %2</source>
        <translation>Tisch „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) wait for a referee. Shot %1: %2</source>
        <translation>
            <numerusform>%n Stoß wartet auf einen Schiedsrichter. Stoß %1: %2</numerusform>
            <numerusform>%n Stöße warten auf einen Schiedsrichter. Stoß %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The shot could not be stored (%1). Confirm it once the database is back.</source>
        <translation>Der Stoß konnte nicht gespeichert werden (%1). Bestätigen Sie ihn, sobald die Datenbank wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>the head-left pocket</source>
        <translation>die Ecktasche links am Kopfende</translation>
    </message>
    <message>
        <source>the head-right pocket</source>
        <translation>die Ecktasche rechts am Kopfende</translation>
    </message>
    <message>
        <source>the left side pocket</source>
        <translation>die Mitteltasche links</translation>
    </message>
    <message>
        <source>the right side pocket</source>
        <translation>die Mitteltasche rechts</translation>
    </message>
    <message>
        <source>the foot-left pocket</source>
        <translation>die Ecktasche links am Fußende</translation>
    </message>
    <message>
        <source>the foot-right pocket</source>
        <translation>die Ecktasche rechts am Fußende</translation>
    </message>
    <message>
        <source>%1 chooses to shoot.</source>
        <translation>%1 entscheidet sich, selbst zu spielen.</translation>
    </message>
    <message>
        <source>%1 hands the table back.</source>
        <translation>%1 gibt den Tisch zurück.</translation>
    </message>
    <message>
        <source>%1 accepts the table.</source>
        <translation>%1 übernimmt den Tisch.</translation>
    </message>
    <message>
        <source>%1 chooses to re-rack and break.</source>
        <translation>%1 lässt neu aufbauen und stößt selbst an.</translation>
    </message>
    <message>
        <source>%1 has the balls re-racked for the opponent to break.</source>
        <translation>%1 lässt neu aufbauen, und der Gegner stößt an.</translation>
    </message>
    <message>
        <source>%1 has the 8 spotted.</source>
        <translation>%1 lässt die 8 wieder aufsetzen.</translation>
    </message>
    <message>
        <source>%1 chooses a re-rack.</source>
        <translation>%1 entscheidet sich für einen Neuaufbau.</translation>
    </message>
    <message>
        <source>%1 takes ball in hand behind the head string.</source>
        <translation>%1 nimmt Ball in der Hand hinter der Kopflinie.</translation>
    </message>
    <message>
        <source>The 8 cannot be called while the table is open.</source>
        <translation>Die 8 kann nicht angesagt werden, solange der Tisch offen ist.</translation>
    </message>
    <message>
        <source>The 8 can be called only once the group is cleared.</source>
        <translation>Die 8 kann erst angesagt werden, wenn die eigene Gruppe abgeräumt ist.</translation>
    </message>
    <message>
        <source>The %1 is a stripe: call one of the solids.</source>
        <translation>Die %1 ist eine Halbe: Sagen Sie eine der Vollen an.</translation>
    </message>
    <message>
        <source>The %1 is a solid: call one of the stripes.</source>
        <translation>Die %1 ist eine Volle: Sagen Sie eine der Halben an.</translation>
    </message>
    <message>
        <source>Call an object ball, from 1 to 15.</source>
        <translation>Sagen Sie eine Objektkugel von 1 bis 15 an.</translation>
    </message>
    <message>
        <source>The %1 is not on the table.</source>
        <translation>Die %1 ist nicht auf dem Tisch.</translation>
    </message>
    <message>
        <source>Shots are not called in 9-ball.</source>
        <translation>Beim 9-Ball werden keine Stöße angesagt.</translation>
    </message>
    <message>
        <source>The match is over.</source>
        <translation>Das Match ist beendet.</translation>
    </message>
    <message>
        <source>It is %1&apos;s turn.</source>
        <translation>%1 ist am Stoß.</translation>
    </message>
    <message>
        <source>No choice is offered now.</source>
        <translation>Gerade steht keine Wahl an.</translation>
    </message>
    <message>
        <source>That choice is not offered now.</source>
        <translation>Diese Wahl steht gerade nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>Choose first: the last ruling offered a choice.</source>
        <translation>Wählen Sie zuerst: Die letzte Entscheidung bot eine Wahl an.</translation>
    </message>
    <message>
        <source>The break comes first: it is not called.</source>
        <translation>Zuerst kommt der Anstoß: Er wird nicht angesagt.</translation>
    </message>
    <message>
        <source>A push-out is allowed only on the shot after the break.</source>
        <translation>Ein Push-out ist nur beim Stoß nach dem Anstoß erlaubt.</translation>
    </message>
    <message>
        <source>%1 calls the %2 in %3.</source>
        <translation>%1 sagt die %2 in %3 an.</translation>
    </message>
    <message>
        <source>%1 plays a safety.</source>
        <translation>%1 spielt ein Safety.</translation>
    </message>
    <message>
        <source>%1 announces a push-out.</source>
        <translation>%1 sagt einen Push-out an.</translation>
    </message>
    <message>
        <source>The venue&apos;s join secret in the database is damaged.</source>
        <translation>Das Beitrittsgeheimnis des Salons in der Datenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>A shot waits for a referee: ask again once it is settled.</source>
        <translation>Ein Stoß wartet auf einen Schiedsrichter: Fragen Sie erneut, sobald er geklärt ist.</translation>
    </message>
    <message>
        <source>Time is billed in blocks of 15 or 30 minutes.</source>
        <translation>Die Zeit wird in Blöcken von 15 oder 30 Minuten abgerechnet.</translation>
    </message>
    <message>
        <source>A stretch of play ends before it starts.</source>
        <translation>Ein Spielabschnitt endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>There is no rate for “%1” tables.</source>
        <translation>Es gibt keinen Tarif für „%1“-Tische.</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>booking %1 is in a state this version does not know: %2</source>
        <translation>Buchung %1 hat einen Status, den diese Version nicht kennt: %2</translation>
    </message>
    <message>
        <source>the venue&apos;s time zone &quot;%1&quot; is not one this computer knows</source>
        <translation>die Zeitzone „%1“ des Salons ist diesem Computer nicht bekannt</translation>
    </message>
    <message>
        <source>%1 is already booked from %2 to %3 for %4 (booking %5).</source>
        <translation>%1 ist bereits von %2 bis %3 für %4 gebucht (Buchung %5).</translation>
    </message>
    <message>
        <source>Book %1 for %2</source>
        <translation>%1 für %2 buchen</translation>
    </message>
    <message>
        <source>Move the booking of %1</source>
        <translation>Die Buchung von %1 verschieben</translation>
    </message>
    <message>
        <source>Cancel the booking of %1</source>
        <translation>Die Buchung von %1 stornieren</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits and a password at least 8 characters.</source>
        <translation>Eine PIN hat 4 bis 8 Ziffern und ein Passwort mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The happy hour “%1” is not “DAYS HH:MM HH:MM CENTS”.</source>
        <translation>Die Happy Hour „%1“ hat nicht die Form „TAGE HH:MM HH:MM CENT“.</translation>
    </message>
    <message>
        <source>The happy hour “%1” names a day that is not 1 (Monday) to 7 (Sunday).</source>
        <translation>Die Happy Hour „%1“ nennt einen Tag, der nicht zwischen 1 (Montag) und 7 (Sonntag) liegt.</translation>
    </message>
    <message>
        <source>The happy hour “%1” needs a start and an end time, HH:MM, that differ.</source>
        <translation>Die Happy Hour „%1“ braucht eine Beginn- und eine Endzeit (HH:MM), die sich unterscheiden.</translation>
    </message>
    <message>
        <source>The happy hour “%1” needs its price per hour in whole cents.</source>
        <translation>Die Happy Hour „%1“ braucht ihren Stundenpreis in ganzen Cent.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Quittung %1</translation>
    </message>
    <message>
        <source>Receipt (not issued yet)</source>
        <translation>Quittung (noch nicht ausgestellt)</translation>
    </message>
    <message>
        <source>Guest: %1 (member)</source>
        <translation>Gast: %1 (Mitglied)</translation>
    </message>
    <message>
        <source>Guest: %1</source>
        <translation>Gast: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Table time, %1 min played, %2 min billed</source>
        <translation>Spielzeit, %1 Min. gespielt, %2 Min. berechnet</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>No venue is open.</source>
        <translation>Kein Salon ist geöffnet.</translation>
    </message>
    <message>
        <source>There is no such table at this venue.</source>
        <translation>Diesen Tisch gibt es in diesem Salon nicht.</translation>
    </message>
    <message>
        <source>There is no rate for “%1” tables yet; a manager sets it under Venue → Rates….</source>
        <translation>Für „%1“-Tische gibt es noch keinen Tarif; ein Manager legt ihn unter Salon → Tarife… fest.</translation>
    </message>
    <message>
        <source>No one is playing at that table.</source>
        <translation>An diesem Tisch spielt niemand.</translation>
    </message>
    <message>
        <source>That party is no longer waiting.</source>
        <translation>Diese Gruppe wartet nicht mehr.</translation>
    </message>
    <message>
        <source>No venue is open, so nobody can sign in.</source>
        <translation>Kein Salon ist geöffnet, daher kann sich niemand anmelden.</translation>
    </message>
    <message>
        <source>Type your name, or pick it from the list.</source>
        <translation>Geben Sie Ihren Namen ein oder wählen Sie ihn aus der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for %1: try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele falsche PINs für %1: versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs für %1: versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody at this venue&apos;s staff is called %1.</source>
        <translation>Im Personal dieses Salons heißt niemand %1.</translation>
    </message>
    <message>
        <source>%1&apos;s role &quot;%2&quot; is not one this version knows.</source>
        <translation>Die Rolle „%2“ von %1 kennt diese Version nicht.</translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated: a manager can activate it again.</source>
        <translation>Das Konto von %1 ist deaktiviert: ein Manager kann es wieder aktivieren.</translation>
    </message>
    <message>
        <source>That was the fifth wrong PIN in a row for %1: signing in as %1 is refused for a minute.</source>
        <translation>Das war die fünfte falsche PIN in Folge für %1: die Anmeldung als %1 ist für eine Minute gesperrt.</translation>
    </message>
    <message>
        <source>The PIN is wrong for %1.</source>
        <translation>Die PIN für %1 ist falsch.</translation>
    </message>
    <message>
        <source>%1 The refusal could not be written to the audit log: %2</source>
        <translation>%1 Die Ablehnung konnte nicht ins Protokoll geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This venue has staff already: a manager adds new members.</source>
        <translation>Dieser Salon hat bereits Personal: ein Manager fügt neue Mitarbeiter hinzu.</translation>
    </message>
    <message>
        <source>The new manager could not be read back.</source>
        <translation>Der neue Manager konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Nobody is signed in at the desk: sign in first.</source>
        <translation>Am Empfang ist niemand angemeldet: melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Schiedsrichter</translation>
    </message>
    <message>
        <source>Only a manager may change the rates.</source>
        <translation>Nur ein Manager darf die Tarife ändern.</translation>
    </message>
    <message>
        <source>Only a manager may void a receipt.</source>
        <translation>Nur ein Manager darf eine Quittung stornieren.</translation>
    </message>
    <message>
        <source>Only a manager may remove a table.</source>
        <translation>Nur ein Manager darf einen Tisch entfernen.</translation>
    </message>
    <message>
        <source>Only a manager may remove a player.</source>
        <translation>Nur ein Manager darf einen Spieler entfernen.</translation>
    </message>
    <message>
        <source>Only a manager may add, change or remove staff.</source>
        <translation>Nur ein Manager darf Personal hinzufügen, ändern oder entfernen.</translation>
    </message>
    <message>
        <source>Only a manager may change the venue and its tables.</source>
        <translation>Nur ein Manager darf den Salon und seine Tische ändern.</translation>
    </message>
    <message>
        <source>Only a referee or a manager may overrule a ruling.</source>
        <translation>Nur ein Schiedsrichter oder ein Manager darf eine Entscheidung aufheben.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Mark %1 out of order</source>
        <translation>%1 außer Betrieb setzen</translation>
    </message>
    <message>
        <source>Put %1 back in service</source>
        <translation>%1 wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <source>The report&apos;s first day must not come after its last day.</source>
        <translation>Der erste Tag des Berichts darf nicht nach seinem letzten Tag liegen.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>The venue needs a name.</source>
        <translation>Der Salon braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or GBP.</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie einen wie EUR, USD oder GBP.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows; use one like Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt; verwenden Sie eine wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>Two tables are called “%1”; each needs a name of its own.</source>
        <translation>Zwei Tische heißen „%1“; jeder braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Every table needs a name.</source>
        <translation>Jeder Tisch braucht einen Namen.</translation>
    </message>
    <message>
        <source>Add the player %1</source>
        <translation>Den Spieler %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename the player %1 to %2</source>
        <translation>Den Spieler %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change the player %1</source>
        <translation>Den Spieler %1 ändern</translation>
    </message>
    <message>
        <source>Remove the player %1</source>
        <translation>Den Spieler %1 entfernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Arrange the tables in a grid</source>
        <translation>Die Tische im Raster anordnen</translation>
    </message>
    <message>
        <source>Move the tables</source>
        <translation>Die Tische verschieben</translation>
    </message>
    <message>
        <source>Put %1 back on the grid</source>
        <translation>%1 wieder ins Raster setzen</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>%1 drehen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>The venue whose settings were changed is not the one shown.</source>
        <translation>Der Salon, dessen Einstellungen geändert wurden, ist nicht der angezeigte.</translation>
    </message>
    <message>
        <source>The grace and lock minutes must be whole minutes, the lock at least one.</source>
        <translation>Kulanz- und Sperrzeit müssen ganze Minuten sein, die Sperrzeit mindestens eine.</translation>
    </message>
    <message>
        <source>There is no venue to add the table to.</source>
        <translation>Es gibt keinen Salon, zu dem der Tisch hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>There is no venue to add the player to.</source>
        <translation>Es gibt keinen Salon, zu dem der Spieler hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>player %1 is not a player of the venue shown</source>
        <translation>Spieler %1 ist kein Spieler des angezeigten Salons</translation>
    </message>
    <message>
        <source>Change the settings of %1</source>
        <translation>Die Einstellungen von %1 ändern</translation>
    </message>
    <message>
        <source>The rate for “%1” tables cannot be read: %2</source>
        <translation>Der Tarif für „%1“-Tische kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Only a referee or a manager may correct a result.</source>
        <translation>Nur ein Schiedsrichter oder ein Manager darf ein Ergebnis korrigieren.</translation>
    </message>
    <message>
        <source>Merge the player %1 into %2</source>
        <translation>Den Spieler %1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Separate the player %1 from %2</source>
        <translation>Den Spieler %1 wieder von %2 trennen</translation>
    </message>
    <message>
        <source>%1 was not merged into another player.</source>
        <translation>%1 wurde mit keinem anderen Spieler zusammengeführt.</translation>
    </message>
    <message>
        <source>player %1 is not a merged player of the venue shown</source>
        <translation>Spieler %1 ist kein zusammengeführter Spieler des angezeigten Salons</translation>
    </message>
    <message>
        <source>That tournament is another venue&apos;s.</source>
        <translation>Dieses Turnier gehört zu einem anderen Salon.</translation>
    </message>
    <message>
        <source>Player %1</source>
        <translation>Spieler %1</translation>
    </message>
    <message>
        <source>The results of %1 do not fit its draw: %2</source>
        <translation>Die Ergebnisse von %1 passen nicht zu seiner Auslosung: %2</translation>
    </message>
    <message>
        <source>A tournament needs a name.</source>
        <translation>Ein Turnier braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 is over.</source>
        <translation>%1 ist beendet.</translation>
    </message>
    <message>
        <source>%1&apos;s first match has started: it is too late to enter.</source>
        <translation>Das erste Match von %1 hat begonnen: Für eine Meldung ist es zu spät.</translation>
    </message>
    <message>
        <source>That player is not entered in %1.</source>
        <translation>Dieser Spieler ist nicht für %1 gemeldet.</translation>
    </message>
    <message>
        <source>%1 is in the draw already: reopen the sign-up to take them out, or record their matches as lost.</source>
        <translation>%1 ist bereits in der Auslosung: Öffnen Sie die Anmeldung wieder, um den Spieler herauszunehmen, oder tragen Sie seine Matches als verloren ein.</translation>
    </message>
    <message>
        <source>%1 needs at least two players to make the draw.</source>
        <translation>%1 braucht mindestens zwei Spieler für die Auslosung.</translation>
    </message>
    <message>
        <source>%1 has no such match.</source>
        <translation>%1 hat kein solches Match.</translation>
    </message>
    <message>
        <source>That match is decided already.</source>
        <translation>Dieses Match ist bereits entschieden.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 läuft nicht.</translation>
    </message>
    <message>
        <source>That match has no result to take back.</source>
        <translation>Dieses Match hat kein Ergebnis, das sich zurücknehmen ließe.</translation>
    </message>
    <message>
        <source>The draw has no match %1.</source>
        <translation>Die Auslosung hat kein Match %1.</translation>
    </message>
    <message>
        <source>A draw needs at least 2 players, not %1.</source>
        <translation>Eine Auslosung braucht mindestens 2 Spieler, nicht %1.</translation>
    </message>
    <message>
        <source>%1 players cannot make %2 groups of at least 2 players each.</source>
        <translation>%1 Spieler reichen nicht für %2 Gruppen mit je mindestens 2 Spielern.</translation>
    </message>
    <message>
        <source>A Swiss draw of %1 players has from 1 to %2 rounds, not %3.</source>
        <translation>Eine Auslosung nach Schweizer System mit %1 Spielern hat 1 bis %2 Runden, nicht %3.</translation>
    </message>
    <message>
        <source>Match %1 is already decided: take its result back first.</source>
        <translation>Match %1 ist bereits entschieden: Nehmen Sie zuerst sein Ergebnis zurück.</translation>
    </message>
    <message>
        <source>Match %1 is not ready: its players are not both known yet.</source>
        <translation>Match %1 ist nicht spielbereit: Noch stehen nicht beide Spieler fest.</translation>
    </message>
    <message>
        <source>Player %1 does not play in match %2.</source>
        <translation>Spieler %1 spielt nicht in Match %2.</translation>
    </message>
    <message>
        <source>A score of %1 to %2 does not make player %3 the winner of match %4.</source>
        <translation>Ein Stand von %1 zu %2 macht Spieler %3 nicht zum Sieger von Match %4.</translation>
    </message>
    <message>
        <source>Match %1 has no result to take back.</source>
        <translation>Match %1 hat kein Ergebnis, das sich zurücknehmen ließe.</translation>
    </message>
    <message>
        <source>Match %1 of round %2 already has its result: take it back first.</source>
        <translation>Match %1 von Runde %2 hat bereits sein Ergebnis: Nehmen Sie es zuerst zurück.</translation>
    </message>
    <message>
        <source>Match %1 depends on this result and already has its own: take it back first.</source>
        <translation>Match %1 hängt von diesem Ergebnis ab und hat bereits ein eigenes: Nehmen Sie es zuerst zurück.</translation>
    </message>
    <message>
        <source>A starter rating must count as more than 0 racks, not %1.</source>
        <translation>Ein Start-Rating muss wie mehr als 0 Racks zählen, nicht %1.</translation>
    </message>
    <message>
        <source>The rating fit&apos;s tolerance must be more than 0 rating points, not %1.</source>
        <translation>Die Toleranz der Rating-Berechnung muss mehr als 0 Rating-Punkte betragen, nicht %1.</translation>
    </message>
    <message>
        <source>The rating fit needs at least 1 iteration, not %1.</source>
        <translation>Die Rating-Berechnung braucht mindestens 1 Iteration, nicht %1.</translation>
    </message>
    <message>
        <source>Player %1&apos;s starter rating is not a number.</source>
        <translation>Das Start-Rating von Spieler %1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>Result %1 names player %2, but the players are numbered from 0 to %3.</source>
        <translation>Ergebnis %1 nennt Spieler %2, aber die Spieler sind von 0 bis %3 nummeriert.</translation>
    </message>
    <message>
        <source>Result %1 has player %2 playing against themselves.</source>
        <translation>In Ergebnis %1 spielt Spieler %2 gegen sich selbst.</translation>
    </message>
    <message>
        <source>Result %1 has a negative number of racks: %2 to %3.</source>
        <translation>Ergebnis %1 hat eine negative Zahl von Racks: %2 zu %3.</translation>
    </message>
    <message>
        <source>The ratings did not settle within %1 iterations.</source>
        <translation>Die Ratings haben sich innerhalb von %1 Iterationen nicht eingependelt.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>line %1: a quoted field goes on after its closing quote.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen geht nach seinem schließenden Anführungszeichen weiter.</translation>
    </message>
    <message>
        <source>line %1 must have the 5 fields of the header; it has %2.</source>
        <translation>Zeile %1 muss die 5 Felder der Kopfzeile haben; sie hat %2.</translation>
    </message>
    <message>
        <source>line %1: %2 is &quot;%3&quot;, not a date as YYYY-MM-DD.</source>
        <translation>Zeile %1: %2 ist „%3“, kein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>line %1: %2 is empty; it must name a player.</source>
        <translation>Zeile %1: %2 ist leer; es muss einen Spieler nennen.</translation>
    </message>
    <message>
        <source>line %1: %2 and %3 are both &quot;%4&quot;, and a player cannot play against themselves.</source>
        <translation>Zeile %1: %2 und %3 sind beide „%4“, und ein Spieler kann nicht gegen sich selbst spielen.</translation>
    </message>
    <message>
        <source>line %1: %2 is &quot;%3&quot;, not a whole number of racks.</source>
        <translation>Zeile %1: %2 ist „%3“, keine ganze Zahl von Racks.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>line %1: the header is &quot;%2&quot;, not %3.</source>
        <translation>Zeile %1: Die Kopfzeile ist „%2“, nicht %3.</translation>
    </message>
    <message>
        <source>The file is empty; its first line must be the header %1.</source>
        <translation>Die Datei ist leer; ihre erste Zeile muss die Kopfzeile %1 sein.</translation>
    </message>
    <message>
        <source>8-ball</source>
        <translation>8-Ball</translation>
    </message>
    <message>
        <source>9-ball</source>
        <translation>9-Ball</translation>
    </message>
    <message>
        <source>10-ball</source>
        <translation>10-Ball</translation>
    </message>
    <message>
        <source>14.1 straight pool</source>
        <translation>14.1 endlos</translation>
    </message>
    <message>
        <source>“%1” is not a game DojoPool knows.</source>
        <translation>„%1“ ist keine Spielart, die DojoPool kennt.</translation>
    </message>
    <message>
        <source>%1 has not answered this challenge yet.</source>
        <translation>%1 hat diese Herausforderung noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1 has already accepted this challenge.</source>
        <translation>%1 hat diese Herausforderung bereits angenommen.</translation>
    </message>
    <message>
        <source>%1 declined this challenge.</source>
        <translation>%1 hat diese Herausforderung abgelehnt.</translation>
    </message>
    <message>
        <source>A table is already booked for this challenge.</source>
        <translation>Für diese Herausforderung ist bereits ein Tisch gebucht.</translation>
    </message>
    <message>
        <source>This challenge has been played.</source>
        <translation>Diese Herausforderung wurde gespielt.</translation>
    </message>
    <message>
        <source>%1 withdrew this challenge.</source>
        <translation>%1 hat diese Herausforderung zurückgezogen.</translation>
    </message>
    <message>
        <source>Challenge %1 is “%2”, a state this DojoPool does not know; a newer version wrote it.</source>
        <translation>Herausforderung %1 hat den Status „%2“, den dieses DojoPool nicht kennt; eine neuere Version hat ihn geschrieben.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgesprochen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Table booked</source>
        <translation>Tisch gebucht</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Gespielt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Only %1, who was challenged, can accept this challenge.</source>
        <translation>Nur %1, der Herausgeforderte, kann diese Herausforderung annehmen.</translation>
    </message>
    <message>
        <source>Only %1, who was challenged, can decline this challenge.</source>
        <translation>Nur %1, der Herausgeforderte, kann diese Herausforderung ablehnen.</translation>
    </message>
    <message>
        <source>Only %1, who issued this challenge, can withdraw it.</source>
        <translation>Nur %1, der die Herausforderung ausgesprochen hat, kann sie zurückziehen.</translation>
    </message>
    <message>
        <source>%1 has not accepted this challenge yet; a table is booked once it is accepted.</source>
        <translation>%1 hat diese Herausforderung noch nicht angenommen; ein Tisch wird gebucht, sobald sie angenommen ist.</translation>
    </message>
    <message>
        <source>%1 has not accepted this challenge yet, so it has no result to enter.</source>
        <translation>%1 hat diese Herausforderung noch nicht angenommen, daher gibt es kein Ergebnis einzutragen.</translation>
    </message>
    <message>
        <source>A race to %1 is won by the first to %1 racks: enter %1 for the winner and fewer for the other, not %2 to %3.</source>
        <translation>Ein Race auf %1 gewinnt, wer zuerst %1 Racks hat: Tragen Sie %1 für den Sieger und weniger für den anderen ein, nicht %2 zu %3.</translation>
    </message>
    <message>
        <source>%1 v %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>Challenge %1 is not one of the venue shown.</source>
        <translation>Herausforderung %1 gehört nicht zum angezeigten Salon.</translation>
    </message>
    <message>
        <source>There is no venue to issue the challenge at.</source>
        <translation>Es gibt keinen Salon, in dem die Herausforderung ausgesprochen werden kann.</translation>
    </message>
    <message>
        <source>A player cannot challenge themselves.</source>
        <translation>Ein Spieler kann sich nicht selbst herausfordern.</translation>
    </message>
    <message>
        <source>A challenge is a race to one rack or more.</source>
        <translation>Eine Herausforderung ist ein Race auf ein oder mehr Racks.</translation>
    </message>
    <message>
        <source>%1 has already challenged %2; that challenge is to be played or withdrawn first.</source>
        <translation>%1 hat %2 bereits herausgefordert; diese Herausforderung muss zuerst gespielt oder zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Table %1 is not one of the venue&apos;s tables.</source>
        <translation>Tisch %1 ist keiner der Tische des Salons.</translation>
    </message>
    <message>
        <source>Event %1 is a “%2”, a kind this DojoPool does not know; a newer version wrote it.</source>
        <translation>Veranstaltung %1 ist von der Art „%2“, die dieses DojoPool nicht kennt; eine neuere Version hat sie geschrieben.</translation>
    </message>
    <message>
        <source>League night</source>
        <translation>Ligaabend</translation>
    </message>
    <message>
        <source>Open play</source>
        <translation>Freies Spiel</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Turnier</translation>
    </message>
    <message>
        <source>Event %1 is not one of the venue shown.</source>
        <translation>Veranstaltung %1 gehört nicht zum angezeigten Salon.</translation>
    </message>
    <message>
        <source>There is no venue to hold the event.</source>
        <translation>Es gibt keinen Salon, in dem die Veranstaltung stattfinden kann.</translation>
    </message>
    <message>
        <source>An event needs a name.</source>
        <translation>Eine Veranstaltung braucht einen Namen.</translation>
    </message>
    <message>
        <source>An event must end after it starts.</source>
        <translation>Eine Veranstaltung muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>An event&apos;s cap is a number of players, or 0 for no cap.</source>
        <translation>Die Höchstzahl einer Veranstaltung ist eine Anzahl Spieler, oder 0 für keine Begrenzung.</translation>
    </message>
    <message>
        <source>%1 is cancelled already.</source>
        <translation>%1 ist bereits abgesagt.</translation>
    </message>
    <message>
        <source>%1 is cancelled; nobody can sign up for it.</source>
        <translation>%1 ist abgesagt; niemand kann sich dafür anmelden.</translation>
    </message>
    <message>
        <source>%1 is over; nobody can sign up for it any more.</source>
        <translation>%1 ist vorbei; niemand kann sich mehr dafür anmelden.</translation>
    </message>
    <message>
        <source>%1 is already signed up for %2.</source>
        <translation>%1 ist bereits für %2 angemeldet.</translation>
    </message>
    <message>
        <source>%1 is already on the waiting list for %2.</source>
        <translation>%1 steht bereits auf der Warteliste für %2.</translation>
    </message>
    <message>
        <source>%1 is not signed up for %2.</source>
        <translation>%1 ist nicht für %2 angemeldet.</translation>
    </message>
    <message>
        <source>There is no venue whose queue to join.</source>
        <translation>Es gibt keinen Salon, in dessen Warteschlange man sich einreihen könnte.</translation>
    </message>
    <message>
        <source>%1 is already waiting for %2.</source>
        <translation>%1 wartet bereits auf %2.</translation>
    </message>
    <message>
        <source>%1 is not waiting in the queue.</source>
        <translation>%1 wartet nicht in der Warteschlange.</translation>
    </message>
    <message>
        <source>%1 is no longer waiting in the queue.</source>
        <translation>%1 wartet nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <source>A player cannot be matched with themselves.</source>
        <translation>Ein Spieler kann nicht mit sich selbst gepaart werden.</translation>
    </message>
    <message>
        <source>%1 waits for %2 and %3 for %4: they cannot be matched.</source>
        <translation>%1 wartet auf %2 und %3 auf %4: Sie können nicht gepaart werden.</translation>
    </message>
    <message>
        <source>A result is between two different players.</source>
        <translation>Ein Ergebnis gilt zwischen zwei verschiedenen Spielern.</translation>
    </message>
    <message>
        <source>Racks won are counted from 0 up.</source>
        <translation>Gewonnene Racks werden ab 0 gezählt.</translation>
    </message>
    <message>
        <source>A result needs at least one rack played.</source>
        <translation>Ein Ergebnis braucht mindestens ein gespieltes Rack.</translation>
    </message>
    <message>
        <source>A result needs the day it was played.</source>
        <translation>Ein Ergebnis braucht den Tag, an dem gespielt wurde.</translation>
    </message>
    <message>
        <source>The match %1 at %2 cannot be replayed: %3</source>
        <translation>Das Match %1 an %2 kann nicht nachgespielt werden: %3</translation>
    </message>
    <message>
        <source>The last backup failed at %1: %2</source>
        <translation>Die letzte Sicherung ist am %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>The last backup is from %1, more than two days ago.</source>
        <translation>Die letzte Sicherung ist vom %1, mehr als zwei Tage her.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Letzte Sicherung: %1</translation>
    </message>
</context>
<context>
    <name>dojo::vision</name>
    <message>
        <source>The four corners do not outline a table: no three of them may lie on a line.</source>
        <translation>Die vier Ecken umreißen keinen Tisch: Keine drei von ihnen dürfen auf einer Linie liegen.</translation>
    </message>
    <message>
        <source>The four corners do not outline a table seen from above: check their order.</source>
        <translation>Die vier Ecken umreißen keinen von oben gesehenen Tisch: Bitte ihre Reihenfolge prüfen.</translation>
    </message>
    <message>
        <source>No table is seen: the middle of the picture shows no coloured cloth.</source>
        <translation>Kein Tisch zu sehen: Die Bildmitte zeigt kein farbiges Tuch.</translation>
    </message>
    <message>
        <source>No table is seen: the middle of the picture is not one even cloth.</source>
        <translation>Kein Tisch zu sehen: Die Bildmitte ist kein gleichmäßiges Tuch.</translation>
    </message>
    <message>
        <source>No table is seen: no region of one cloth colour covers enough of the picture.</source>
        <translation>Kein Tisch zu sehen: Keine Fläche in einer Tuchfarbe bedeckt genug vom Bild.</translation>
    </message>
    <message>
        <source>No table of this size is seen: the cloth&apos;s outline is %1 times as long as it is wide.</source>
        <translation>Kein Tisch dieser Größe zu sehen: Der Umriss des Tuchs ist %1-mal so lang wie breit.</translation>
    </message>
    <message>
        <source>No table is seen: the cloth has no clear outline.</source>
        <translation>Kein Tisch zu sehen: Das Tuch hat keinen klaren Umriss.</translation>
    </message>
    <message>
        <source>No table is seen: a rail of the cloth&apos;s outline is not straight.</source>
        <translation>Kein Tisch zu sehen: Eine Seite des Tuchumrisses ist nicht gerade.</translation>
    </message>
    <message>
        <source>No table is seen: the picture is empty or not in colour.</source>
        <translation>Kein Tisch zu sehen: Das Bild ist leer oder nicht farbig.</translation>
    </message>
    <message>
        <source>No table is seen: a cushion&apos;s nose could not be found.</source>
        <translation>Kein Tisch zu sehen: Die Kante einer Bande wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Ball %1 started moving away from the cue ball, so the first ball the cue ball touched cannot be decided.</source>
        <translation>Kugel %1 setzte sich fern der Spielkugel in Bewegung, daher lässt sich nicht entscheiden, welche Kugel die Spielkugel zuerst berührt hat.</translation>
    </message>
    <message>
        <source>Balls %1 and %2 started moving within one frame next to the cue ball, so which one it touched first cannot be decided.</source>
        <translation>Die Kugeln %1 und %2 setzten sich im selben Bild neben der Spielkugel in Bewegung, daher lässt sich nicht entscheiden, welche sie zuerst berührt hat.</translation>
    </message>
    <message>
        <source>Ball %1 came within a few millimetres of a cushion, so whether it touched it cannot be decided.</source>
        <translation>Kugel %1 kam einer Bande bis auf wenige Millimeter nahe, daher lässt sich nicht entscheiden, ob sie sie berührt hat.</translation>
    </message>
    <message>
        <source>The cue ball passed within a hair of ball %1, so whether it touched ball %1 first cannot be decided.</source>
        <translation>Die Spielkugel ging haarscharf an Kugel %1 vorbei, daher lässt sich nicht entscheiden, ob sie Kugel %1 zuerst berührt hat.</translation>
    </message>
    <message>
        <source>Ball %1 was hidden when the balls came to rest.</source>
        <translation>Kugel %1 war verdeckt, als die Kugeln zur Ruhe kamen.</translation>
    </message>
    <message>
        <source>Ball %1 was lost in the middle of the table.</source>
        <translation>Kugel %1 ging mitten auf dem Tisch verloren.</translation>
    </message>
    <message>
        <source>A ball that was not identified left the table.</source>
        <translation>Eine nicht erkannte Kugel hat den Tisch verlassen.</translation>
    </message>
    <message>
        <source>The table has not been found in the picture yet.</source>
        <translation>Der Tisch wurde im Bild noch nicht gefunden.</translation>
    </message>
    <message>
        <source>The camera moved: the table is being found again.</source>
        <translation>Die Kamera hat sich bewegt: Der Tisch wird neu gesucht.</translation>
    </message>
    <message>
        <source>The camera moved: the corners placed by hand no longer fit, so the table is being found by itself. Place the corners again if it is not found.</source>
        <translation>Die Kamera hat sich bewegt: Die von Hand gesetzten Ecken passen nicht mehr, daher wird der Tisch automatisch gesucht. Setzen Sie die Ecken erneut, falls er nicht gefunden wird.</translation>
    </message>
    <message>
        <source>Balls %1 and %2 lay touching each other in the cue ball&apos;s way, so which one it touched first cannot be decided.</source>
        <translation>Die Kugeln %1 und %2 lagen aneinander im Weg der Spielkugel, daher lässt sich nicht entscheiden, welche sie zuerst berührt hat.</translation>
    </message>
    <message>
        <source>Balls %1 and %2 reached cushions within two frames of each other, so their order cannot be decided.</source>
        <translation>Die Kugeln %1 und %2 erreichten innerhalb von zwei Bildern je eine Bande, daher lässt sich ihre Reihenfolge nicht entscheiden.</translation>
    </message>
    <message>
        <source>Ball %1 vanished by a pocket and was seen again, so whether it dropped cannot be decided.</source>
        <translation>Kugel %1 verschwand an einer Tasche und wurde wieder gesehen, daher lässt sich nicht entscheiden, ob sie gefallen ist.</translation>
    </message>
    <message>
        <source>Ball %1 moved out of sight for a while, so what it touched then cannot be decided.</source>
        <translation>Kugel %1 war eine Weile nicht zu sehen, daher lässt sich nicht entscheiden, was sie in dieser Zeit berührt hat.</translation>
    </message>
    <message>
        <source>Ball %1 vanished from the jaws of a pocket without being seen to move, so whether it dropped cannot be decided.</source>
        <translation>Kugel %1 verschwand aus dem Maul einer Tasche, ohne dass eine Bewegung zu sehen war, daher lässt sich nicht entscheiden, ob sie gefallen ist.</translation>
    </message>
    <message>
        <source>Ball %1 met the jaws of the pocket it dropped into, so whether it touched a cushion cannot be decided.</source>
        <translation>Kugel %1 berührte das Maul der Tasche, in die sie fiel, daher lässt sich nicht entscheiden, ob sie eine Bande berührt hat.</translation>
    </message>
</context>
</TS>
