<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BundleBuilder</name>
    <message>
        <source>Secrets were replaced before anything was written: each by a placeholder such as &lt;secret-3:sk&gt; (number and kind), the same secret by the same placeholder in every file. The home folder is shown as ~ and the user name as &lt;user&gt;. The secrets themselves are not in this bundle.</source>
        <translation>Geheimnisse wurden ersetzt, bevor irgendetwas geschrieben wurde: jedes durch einen Platzhalter wie &lt;secret-3:sk&gt; (Nummer und Art), dasselbe Geheimnis in jeder Datei durch denselben Platzhalter. Der Home-Ordner erscheint als ~ und der Benutzername als &lt;user&gt;. Die Geheimnisse selbst sind nicht in diesem Paket.</translation>
    </message>
    <message>
        <source>the list of files in this bundle, their sizes, checksums and redactions</source>
        <translation>die Liste der Dateien in diesem Paket mit Größen, Prüfsummen und Schwärzungen</translation>
    </message>
    <message>
        <source>the diagnosis of %1</source>
        <translation>die Diagnose von %1</translation>
    </message>
    <message>
        <source>the same diagnosis as a page to read in a browser</source>
        <translation>dieselbe Diagnose als Seite zum Lesen im Browser</translation>
    </message>
    <message>
        <source>Listening sockets and their programs, as `localhost-doctor listeners` shows them.</source>
        <translation>Lauschende Sockets und ihre Programme, wie `localhost-doctor listeners` sie zeigt.</translation>
    </message>
    <message>
        <source>PROTO  ADDRESS                                   PID      PROGRAM          USER       COMMAND</source>
        <translation>PROTO  ADRESSE                                   PID      PROGRAMM         BENUTZER   BEFEHL</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(needs administrator rights)</source>
        <translation>(erfordert Administratorrechte)</translation>
    </message>
    <message>
        <source>No firewall was found to read.</source>
        <translation>Es wurde keine Firewall zum Auslesen gefunden.</translation>
    </message>
    <message>
        <source>Proxy settings in the environment (what curl, Node, Python and Go clients read):</source>
        <translation>Proxy-Einstellungen in der Umgebung (was curl-, Node-, Python- und Go-Clients lesen):</translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation>(keine gesetzt)</translation>
    </message>
    <message>
        <source>What the system proxy settings give for each address (QNetworkProxyFactory::systemProxyForQuery):</source>
        <translation>Was die System-Proxy-Einstellungen für jede Adresse ergeben (QNetworkProxyFactory::systemProxyForQuery):</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>direkt (kein Proxy)</translation>
    </message>
    <message>
        <source>the operating system, versions, locale and environment</source>
        <translation>Betriebssystem, Versionen, Gebietsschema und Umgebung</translation>
    </message>
    <message>
        <source>the listening sockets with their programs</source>
        <translation>die lauschenden Sockets mit ihren Programmen</translation>
    </message>
    <message>
        <source>the firewall&apos;s rules, as far as they can be read</source>
        <translation>die Regeln der Firewall, soweit sie lesbar sind</translation>
    </message>
    <message>
        <source>proxy settings</source>
        <translation>Proxy-Einstellungen</translation>
    </message>
    <message>
        <source>No Claude Desktop config was found (looked at %1).</source>
        <translation>Es wurde keine Claude-Desktop-Konfiguration gefunden (gesucht in %1).</translation>
    </message>
    <message>
        <source>the Claude Desktop config %1</source>
        <translation>die Claude-Desktop-Konfiguration %1</translation>
    </message>
    <message>
        <source>The Claude Desktop config %1 could not be read: %2</source>
        <translation>Die Claude-Desktop-Konfiguration %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the last %1 lines of %2</source>
        <translation>die letzten %1 Zeilen von %2</translation>
    </message>
    <message>
        <source>the last %1 lines of this app&apos;s log %2</source>
        <translation>die letzten %1 Zeilen des Protokolls dieser App %2</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>The bundle would hold these files (redactions by kind):</source>
        <translation>Das Paket würde diese Dateien enthalten (Schwärzungen nach Art):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Total: %1 in %2 files.</source>
        <translation>Gesamt: %1 in %2 Dateien.</translation>
    </message>
    <message>
        <source>Writes a diagnostic bundle for support: one .zip with the reports, system facts, sockets, firewall, proxy, the Claude Desktop config and logs, with secrets replaced by placeholders. Nothing is uploaded.</source>
        <translation>Schreibt ein Diagnosepaket für den Support: eine .zip mit den Berichten, Systemdaten, Sockets, Firewall, Proxy, der Claude-Desktop-Konfiguration und Protokollen, Geheimnisse durch Platzhalter ersetzt. Nichts wird hochgeladen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Where to write the bundle (default: localhost-doctor-bundle-DATE-TIME.zip here).</source>
        <translation>Wohin das Paket geschrieben wird (Standard: localhost-doctor-bundle-DATUM-ZEIT.zip hier).</translation>
    </message>
    <message>
        <source>Diagnose this address and add its report (repeatable).</source>
        <translation>Diese Adresse diagnostizieren und ihren Bericht hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>The Claude Desktop config to add (default: where Claude Desktop keeps it).</source>
        <translation>Die hinzuzufügende Claude-Desktop-Konfiguration (Standard: wo Claude Desktop sie ablegt).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>Print the files, their sizes and redactions; write nothing.</source>
        <translation>Die Dateien, ihre Größen und Schwärzungen ausgeben; nichts schreiben.</translation>
    </message>
    <message>
        <source>How long to wait for each connection (default 1500).</source>
        <translation>Wie lange auf jede Verbindung gewartet wird (Standard 1500).</translation>
    </message>
    <message>
        <source>Log to the terminal.</source>
        <translation>Im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>
Exit status: 0 written, 2 bad usage or destination (a missing folder, an existing file without --yes), 3 the write failed (no permission, read-only, disk full).
</source>
        <translation>
Exit-Status: 0 geschrieben, 2 falsche Verwendung oder Ziel (ein fehlender Ordner, eine vorhandene Datei ohne --yes), 3 das Schreiben schlug fehl (keine Berechtigung, schreibgeschützt, Datenträger voll).
</translation>
    </message>
    <message>
        <source>bundle takes no arguments; give addresses with --target, for example: localhost-doctor bundle --target localhost:3000</source>
        <translation>bundle nimmt keine Argumente; geben Sie Adressen mit --target an, zum Beispiel: localhost-doctor bundle --target localhost:3000</translation>
    </message>
    <message>
        <source>--target &quot;%1&quot;: %2</source>
        <translation>--target &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number from 1 to 600000.</source>
        <translation>--timeout-ms muss eine ganze Zahl von 1 bis 600000 sein.</translation>
    </message>
    <message>
        <source>--config %1: no such file.</source>
        <translation>--config %1: keine solche Datei.</translation>
    </message>
    <message>
        <source>Add --yes to replace it.</source>
        <translation>Fügen Sie --yes hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3 files).</source>
        <translation>%1 gespeichert (%2, %3 Dateien).</translation>
    </message>
    <message numerus="yes">
        <source>%n different secret(s) were replaced by placeholders; your home folder is shown as ~.</source>
        <translation>
            <numerusform>%n Geheimnis wurde durch einen Platzhalter ersetzt; Ihr Home-Ordner erscheint als ~.</numerusform>
            <numerusform>%n verschiedene Geheimnisse wurden durch Platzhalter ersetzt; Ihr Home-Ordner erscheint als ~.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was uploaded: send this file to support yourself.</source>
        <translation>Nichts wurde hochgeladen: Schicken Sie diese Datei selbst an den Support.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>the archive could not be read back from memory</source>
        <translation>das Archiv konnte nicht aus dem Speicher zurückgelesen werden</translation>
    </message>
    <message>
        <source>No file name was given for the bundle.</source>
        <translation>Für das Paket wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the bundle, such as %2.</source>
        <translation>%1 ist ein Ordner. Geben Sie einen Dateinamen für das Paket an, etwa %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that does.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it, or choose another name.</source>
        <translation>%1 existiert bereits. Ersetzen Sie die Datei oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The bundle could not be put together: %1</source>
        <translation>Das Paket konnte nicht zusammengestellt werden: %1</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 for the bundle (%2 needed). Free some space or choose another folder. Nothing was written.</source>
        <translation>In %1 ist nicht genug freier Speicher für das Paket (%2 nötig). Schaffen Sie Platz oder wählen Sie einen anderen Ordner. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The bundle can&apos;t be saved in %1: %2. Choose another folder, such as your Documents folder.</source>
        <translation>Das Paket kann nicht in %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner, etwa Ihren Dokumente-Ordner.</translation>
    </message>
    <message>
        <source>The bundle could not be saved in %1: %2. Nothing was written.</source>
        <translation>Das Paket konnte nicht in %1 gespeichert werden: %2. Nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;localhost-doctor %1--help&quot; to see how to use it.</source>
        <translation>Führen Sie &quot;localhost-doctor %1--help&quot; aus, um zu sehen, wie es benutzt wird.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>localhost-doctor: the report offers no fix &quot;%1&quot;; run check --json to see the fixes.</source>
        <translation>localhost-doctor: Der Bericht bietet keine Korrektur &quot;%1&quot;; führen Sie check --json aus, um die Korrekturen zu sehen.</translation>
    </message>
    <message>
        <source>This fix changes your system: %1
Run again with --yes to do it.</source>
        <translation>Diese Korrektur verändert Ihr System: %1
Führen Sie den Befehl mit --yes erneut aus, um sie anzuwenden.</translation>
    </message>
    <message>
        <source>localhost-doctor: the fix does not name a process.</source>
        <translation>localhost-doctor: Die Korrektur nennt keinen Prozess.</translation>
    </message>
    <message>
        <source>Diagnoses why an address on this computer can&apos;t be reached.</source>
        <translation>Findet heraus, warum eine Adresse auf diesem Computer nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>What you tried to open: localhost:3000, http://localhost:3000/mcp, https://127.0.0.1:8443, [::1]:8080 or just 3000.</source>
        <translation>Was Sie öffnen wollten: localhost:3000, http://localhost:3000/mcp, https://127.0.0.1:8443, [::1]:8080 oder einfach 3000.</translation>
    </message>
    <message>
        <source>connect: &quot;I can&apos;t reach it&quot; (default); serve: &quot;my server won&apos;t start, the port is taken&quot;.</source>
        <translation>connect: &quot;Ich erreiche es nicht&quot; (Standard); serve: &quot;Mein Server startet nicht, der Port ist belegt&quot;.</translation>
    </message>
    <message>
        <source>Also talk the MCP handshake to the address.</source>
        <translation>Zusätzlich den MCP-Handshake mit der Adresse durchführen.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema localhost-doctor/report@1).</source>
        <translation>Den Bericht als JSON ausgeben (Schema localhost-doctor/report@1).</translation>
    </message>
    <message>
        <source>How long to wait for each connection (default 1500).</source>
        <translation>Wie lange auf jede Verbindung gewartet wird (Standard 1500).</translation>
    </message>
    <message>
        <source>Show the evidence behind each step, and log to the terminal.</source>
        <translation>Die Belege hinter jedem Schritt zeigen und im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>Never colour the output.</source>
        <translation>Die Ausgabe nie einfärben.</translation>
    </message>
    <message>
        <source>Carry out the report&apos;s first fix with this id, e.g. fix.stop_process. Fixes that change the system also need --yes.</source>
        <translation>Die erste Korrektur des Berichts mit dieser ID ausführen, z. B. fix.stop_process. Korrekturen, die das System verändern, brauchen zusätzlich --yes.</translation>
    </message>
    <message>
        <source>Confirm a fix that changes the system.</source>
        <translation>Eine Korrektur bestätigen, die das System verändert.</translation>
    </message>
    <message>
        <source>With fix.stop_process: force the process to end if asking politely is not enough.</source>
        <translation>Mit fix.stop_process: den Prozess zwangsweise beenden, wenn höfliches Bitten nicht reicht.</translation>
    </message>
    <message>
        <source>check needs a target, for example: localhost-doctor check localhost:3000</source>
        <translation>check braucht ein Ziel, zum Beispiel: localhost-doctor check localhost:3000</translation>
    </message>
    <message>
        <source>check takes one target; got %1: %2</source>
        <translation>check nimmt ein Ziel; erhalten: %1: %2</translation>
    </message>
    <message>
        <source>--intent must be connect or serve, not &quot;%1&quot;.</source>
        <translation>--intent muss connect oder serve sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Finds a port a server can use right now, on IPv4 and IPv6, outside the ranges the system reserves.</source>
        <translation>Findet einen Port, den ein Server jetzt nutzen kann, auf IPv4 und IPv6, außerhalb der vom System reservierten Bereiche.</translation>
    </message>
    <message>
        <source>Prefer a port close to this one (default 8080).</source>
        <translation>Einen Port nahe an diesem bevorzugen (Standard 8080).</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;port&quot;: N}.</source>
        <translation>JSON ausgeben: {&quot;port&quot;: N}.</translation>
    </message>
    <message>
        <source>Log to the terminal.</source>
        <translation>Im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>free-port takes no target; use --near N.</source>
        <translation>free-port nimmt kein Ziel; verwenden Sie --near N.</translation>
    </message>
    <message>
        <source>localhost-doctor: no free port found near %1.</source>
        <translation>localhost-doctor: kein freier Port in der Nähe von %1 gefunden.</translation>
    </message>
    <message>
        <source>Lists every listening TCP socket and bound UDP socket, with its program.</source>
        <translation>Listet jeden lauschenden TCP-Socket und gebundenen UDP-Socket mit seinem Programm auf.</translation>
    </message>
    <message>
        <source>Only this port.</source>
        <translation>Nur dieser Port.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>listeners takes no target; use --port N.</source>
        <translation>listeners nimmt kein Ziel; verwenden Sie --port N.</translation>
    </message>
    <message>
        <source>PROTO  ADDRESS                                   PID      PROGRAM          USER       COMMAND</source>
        <translation>PROTO  ADRESSE                                   PID      PROGRAMM         BENUTZER   BEFEHL</translation>
    </message>
    <message>
        <source>Localhost Doctor %1: finds out why localhost:PORT can&apos;t be reached.

Usage:
  localhost-doctor                         open the wizard
  localhost-doctor wizard [TARGET] [--intent connect|serve] [--mcp] [--screenshots DIR]
  localhost-doctor check TARGET [--intent connect|serve] [--mcp] [--json] [--timeout-ms N]
                         [--fix ID [--yes] [--kill]]
  localhost-doctor listeners [--port N] [--json]
  localhost-doctor free-port [--near N] [--json]
  localhost-doctor bundle [-o FILE] [--target T]... [--config FILE] [--yes] [--list]
  localhost-doctor mcp [--config FILE] [--no-launch] [--json] [--timeout-ms N]
  localhost-doctor tray [--add NAME=TARGET] [--remove NAME] [--list] [--once] [--json]

Exit status: 0 nothing wrong, 1 a problem was found, 2 bad usage or input, 3 the tool failed.
Run &quot;localhost-doctor COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>Localhost Doctor %1: findet heraus, warum localhost:PORT nicht erreichbar ist.

Aufruf:
  localhost-doctor                         den Assistenten öffnen
  localhost-doctor wizard [TARGET] [--intent connect|serve] [--mcp] [--screenshots DIR]
  localhost-doctor check TARGET [--intent connect|serve] [--mcp] [--json] [--timeout-ms N]
                         [--fix ID [--yes] [--kill]]
  localhost-doctor listeners [--port N] [--json]
  localhost-doctor free-port [--near N] [--json]
  localhost-doctor bundle [-o FILE] [--target T]... [--config FILE] [--yes] [--list]
  localhost-doctor mcp [--config FILE] [--no-launch] [--json] [--timeout-ms N]
  localhost-doctor tray [--add NAME=TARGET] [--remove NAME] [--list] [--once] [--json]

Exit-Status: 0 nichts falsch, 1 ein Problem wurde gefunden, 2 falsche Verwendung oder Eingabe, 3 das Werkzeug ist gescheitert.
Führen Sie &quot;localhost-doctor BEFEHL --help&quot; aus, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>localhost-doctor: %1 failed: %2</source>
        <translation>localhost-doctor: %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>localhost-doctor: no display found, and the wizard and the tray need a desktop. From a terminal, run &quot;localhost-doctor check localhost:PORT&quot; instead, or see &quot;localhost-doctor --help&quot;.</source>
        <translation>localhost-doctor: Keine Anzeige gefunden, und der Assistent und das Symbol in der Kontrollleiste brauchen einen Desktop. Führen Sie im Terminal stattdessen &quot;localhost-doctor check localhost:PORT&quot; aus, oder sehen Sie sich &quot;localhost-doctor --help&quot; an.</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <source>Restart Claude Desktop so it reads the change: quit it completely (from the menu bar or the tray icon, not just the window), then open it again.</source>
        <translation>Starten Sie Claude Desktop neu, damit es die Änderung liest: Beenden Sie es vollständig (über die Menüleiste oder das Tray-Symbol, nicht nur das Fenster) und öffnen Sie es dann wieder.</translation>
    </message>
    <message>
        <source>The fix does not say which server to change.</source>
        <translation>Die Korrektur sagt nicht, welcher Server geändert werden soll.</translation>
    </message>
    <message>
        <source>The fix does not say which program to use.</source>
        <translation>Die Korrektur sagt nicht, welches Programm verwendet werden soll.</translation>
    </message>
    <message>
        <source>The fix does not say which address to write.</source>
        <translation>Die Korrektur sagt nicht, welche Adresse geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The fix does not say which argument holds the address.</source>
        <translation>Die Korrektur sagt nicht, welches Argument die Adresse enthält.</translation>
    </message>
    <message>
        <source>The fix does not say which command to wrap.</source>
        <translation>Die Korrektur sagt nicht, welcher Befehl eingebettet werden soll.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be applied to the config automatically; make the change by hand.</source>
        <translation>%1 kann nicht automatisch auf die Konfiguration angewendet werden; nehmen Sie die Änderung von Hand vor.</translation>
    </message>
    <message>
        <source>The config is not valid JSON (line %1, column %2); it is left untouched. Fix that first.</source>
        <translation>Die Konfiguration ist kein gültiges JSON (Zeile %1, Spalte %2); sie bleibt unverändert. Beheben Sie das zuerst.</translation>
    </message>
    <message>
        <source>%1 is not a text value in the config.</source>
        <translation>%1 ist in der Konfiguration kein Textwert.</translation>
    </message>
    <message>
        <source>%1 is missing from the config.</source>
        <translation>%1 fehlt in der Konfiguration.</translation>
    </message>
    <message>
        <source>%1 is not a list in the config.</source>
        <translation>%1 ist in der Konfiguration keine Liste.</translation>
    </message>
    <message>
        <source>The changes overlap.</source>
        <translation>Die Änderungen überschneiden sich.</translation>
    </message>
    <message>
        <source>The changed config would not be valid JSON; nothing was written.</source>
        <translation>Die geänderte Konfiguration wäre kein gültiges JSON; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The change did not come out as intended; nothing was written.</source>
        <translation>Die Änderung ist nicht wie beabsichtigt ausgefallen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Can&apos;t read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Can&apos;t write the backup %1: %2. Nothing was changed.</source>
        <translation>Die Sicherungskopie %1 kann nicht geschrieben werden: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2. It is unchanged; the backup %3 is a copy of it.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Datei ist unverändert; die Sicherungskopie %3 ist eine Kopie davon.</translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is in %2).</source>
        <translation>%1 gespeichert (die vorherige Fassung liegt in %2).</translation>
    </message>
    <message>
        <source>Can&apos;t read the backup %1: %2</source>
        <translation>Die Sicherungskopie %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup this tool made of %2, so it can&apos;t tell what would be lost. Copy it back by hand if you are sure.</source>
        <translation>%1 ist keine Sicherungskopie, die dieses Werkzeug von %2 angelegt hat, daher lässt sich nicht sagen, was verloren ginge. Kopieren Sie sie von Hand zurück, wenn Sie sicher sind.</translation>
    </message>
    <message>
        <source>%1 has changed since the fix was applied (by you or another program); undoing would lose those changes, so it is left as it is. The backup is still in %2.</source>
        <translation>%1 wurde geändert, seit die Korrektur angewendet wurde (von Ihnen oder einem anderen Programm); Rückgängigmachen würde diese Änderungen verlieren, daher bleibt die Datei, wie sie ist. Die Sicherungskopie liegt weiterhin in %2.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ConflictStep</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>a program of user %1 (uid %2)</source>
        <translation>ein Programm des Benutzers %1 (UID %2)</translation>
    </message>
    <message>
        <source>Port %1 is free</source>
        <translation>Port %1 ist frei</translation>
    </message>
    <message>
        <source>No program holds port %1. The port step explains whether your server may use it.</source>
        <translation>Kein Programm belegt Port %1. Der Port-Schritt erklärt, ob Ihr Server ihn benutzen darf.</translation>
    </message>
    <message>
        <source>No program holds port %1: a server can start on it now.</source>
        <translation>Kein Programm belegt Port %1: Ein Server kann jetzt darauf starten.</translation>
    </message>
    <message>
        <source>Port %1 is taken by a connection that isn&apos;t listening</source>
        <translation>Port %1 ist durch eine Verbindung belegt, die nicht lauscht</translation>
    </message>
    <message>
        <source>No server listens on port %1, but the system doesn&apos;t let a new server bind it: another program has claimed it for a connection. To see which, run: sudo ss -tanp &apos;sport = :%1&apos;. Or use another port.</source>
        <translation>Kein Server lauscht auf Port %1, aber das System lässt keinen neuen Server daran binden: Ein anderes Programm hat ihn für eine Verbindung beansprucht. Um zu sehen, welches, führen Sie aus: sudo ss -tanp &apos;sport = :%1&apos;. Oder verwenden Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>Port %1 is already in use by %2</source>
        <translation>Port %1 wird bereits von %2 benutzt</translation>
    </message>
    <message>
        <source>Only one server can listen on a port at a time, so yours can&apos;t start on %1 while %2 holds it.</source>
        <translation>Auf einem Port kann immer nur ein Server lauschen, daher kann Ihrer nicht auf %1 starten, solange %2 ihn belegt.</translation>
    </message>
    <message>
        <source>It was started as: %1</source>
        <translation>Es wurde so gestartet: %1</translation>
    </message>
    <message>
        <source>It runs as user %1.</source>
        <translation>Es läuft als Benutzer %1.</translation>
    </message>
    <message>
        <source>It belongs to another user, so it can&apos;t be named here. To see it, run: sudo localhost-doctor listeners --port %1</source>
        <translation>Es gehört einem anderen Benutzer und kann hier nicht genannt werden. Um es zu sehen, führen Sie aus: sudo localhost-doctor listeners --port %1</translation>
    </message>
    <message>
        <source>Port %1 is usually used by %2.</source>
        <translation>Port %1 wird üblicherweise von %2 benutzt.</translation>
    </message>
    <message>
        <source>Stop that program, or start yours on a free port.</source>
        <translation>Beenden Sie dieses Programm oder starten Sie Ihres auf einem freien Port.</translation>
    </message>
    <message>
        <source>Use port %1 instead (free now)</source>
        <translation>Stattdessen Port %1 verwenden (jetzt frei)</translation>
    </message>
    <message>
        <source>Stop %1 (pid %2)</source>
        <translation>%1 beenden (PID %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Different programs listen on port %1</source>
        <translation>Verschiedene Programme lauschen auf Port %1</translation>
    </message>
    <message>
        <source>%1. Which one answers depends on the address a client uses (IPv4 or IPv6, 127.0.0.1 or another), so the same URL can reach different programs. Stop the one you don&apos;t want, or give one of them another port.</source>
        <translation>%1. Welches antwortet, hängt von der Adresse ab, die ein Client benutzt (IPv4 oder IPv6, 127.0.0.1 oder eine andere), daher kann dieselbe URL verschiedene Programme erreichen. Beenden Sie das unerwünschte oder geben Sie einem der beiden einen anderen Port.</translation>
    </message>
    <message>
        <source>Port %1 belongs to %2, not to a web server</source>
        <translation>Port %1 gehört zu %2, nicht zu einem Webserver</translation>
    </message>
    <message>
        <source>%1 listens on port %2 and speaks %3, but %4 asks for a web server (HTTP). Another program took the port your server (or MCP server) wanted, or the port number is wrong. Check which port your server prints when it starts.</source>
        <translation>%1 lauscht auf Port %2 und spricht %3, aber %4 verlangt einen Webserver (HTTP). Ein anderes Programm hat den Port belegt, den Ihr Server (oder MCP-Server) wollte, oder die Portnummer ist falsch. Prüfen Sie, welchen Port Ihr Server beim Start ausgibt.</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>An endpoint needs a name.</source>
        <translation>Ein Endpunkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; can&apos;t contain &quot;=&quot; or a line break.</source>
        <translation>Der Name &quot;%1&quot; darf kein &quot;=&quot; und keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; needs an address to check.</source>
        <translation>Der Endpunkt &quot;%1&quot; braucht eine Adresse zum Prüfen.</translation>
    </message>
    <message>
        <source>The address of &quot;%1&quot; can&apos;t be read: %2</source>
        <translation>Die Adresse von &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The interval of &quot;%1&quot; must be from %2 to %3 seconds, not %4.</source>
        <translation>Das Intervall von &quot;%1&quot; muss zwischen %2 und %3 Sekunden liegen, nicht %4.</translation>
    </message>
    <message>
        <source>the file is not in the INI format</source>
        <translation>die Datei ist nicht im INI-Format</translation>
    </message>
    <message>
        <source>the file can&apos;t be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>unknown format version &quot;%1&quot;</source>
        <translation>unbekannte Formatversion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the number of endpoints &quot;%1&quot; is not a number</source>
        <translation>die Anzahl der Endpunkte &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>interval is not a number</source>
        <translation>das Intervall ist keine Zahl</translation>
    </message>
    <message>
        <source>enabled is neither true nor false</source>
        <translation>enabled ist weder true noch false</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>der Name &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>The endpoints file %1 can&apos;t be read fully (%2), and it could not be kept aside; nothing will be written to it.</source>
        <translation>Die Endpunktdatei %1 kann nicht vollständig gelesen werden (%2) und konnte nicht beiseitegelegt werden; es wird nichts hineingeschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The endpoints file %1 could not be read fully (%2). It was kept as %3; %n endpoint(s) could be read and are kept.</source>
        <translation>
            <numerusform>Die Endpunktdatei %1 konnte nicht vollständig gelesen werden (%2). Sie wurde als %3 aufbewahrt; %n Endpunkt konnte gelesen werden und bleibt erhalten.</numerusform>
            <numerusform>Die Endpunktdatei %1 konnte nicht vollständig gelesen werden (%2). Sie wurde als %3 aufbewahrt; %n Endpunkte konnten gelesen werden und bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the endpoints file %1.</source>
        <translation>Die Endpunktdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No endpoint is called &quot;%1&quot;.</source>
        <translation>Kein Endpunkt heißt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Two endpoints are called &quot;%1&quot;.</source>
        <translation>Zwei Endpunkte heißen &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>EvidenceHtml</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Lauscht auf</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Programs listening</source>
        <translation>Lauschende Programme</translation>
    </message>
    <message>
        <source>Listening on nearby ports</source>
        <translation>Lauscht auf nahen Ports</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>First bytes received</source>
        <translation>Erste empfangene Bytes</translation>
    </message>
    <message>
        <source>You typed</source>
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <source>Ports one typo away</source>
        <translation>Ports einen Tippfehler entfernt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Verbindungsversuche</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What &quot;%1&quot; does:</source>
        <translation>Was &quot;%1&quot; tut:</translation>
    </message>
</context>
<context>
    <name>FirewallStep</name>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>A firewall silently drops connections to %1</source>
        <translation>Eine Firewall verwirft Verbindungen zu %1 stillschweigend</translation>
    </message>
    <message>
        <source>%1 is listening, but the system refused to send the connection (&quot;%2&quot;): a firewall rule for outgoing traffic blocks it.</source>
        <translation>%1 lauscht, aber das System hat sich geweigert, die Verbindung zu senden (&quot;%2&quot;): Eine Firewall-Regel für ausgehenden Verkehr blockiert sie.</translation>
    </message>
    <message>
        <source>%1 is listening and has room for new connections, yet the connection got no answer at all within %2 ms. That is what a firewall rule that drops packets looks like.</source>
        <translation>%1 lauscht und hat Platz für neue Verbindungen, doch die Verbindung bekam innerhalb von %2 ms überhaupt keine Antwort. So sieht eine Firewall-Regel aus, die Pakete verwirft.</translation>
    </message>
    <message>
        <source>A firewall rejects connections to %1</source>
        <translation>Eine Firewall weist Verbindungen zu %1 ab</translation>
    </message>
    <message>
        <source>%1 is listening on that address, yet the connection was refused (%2). A firewall rule that rejects packets does this.</source>
        <translation>%1 lauscht auf dieser Adresse, doch die Verbindung wurde abgewiesen (%2). Das tut eine Firewall-Regel, die Pakete zurückweist.</translation>
    </message>
    <message>
        <source>The rule is the default of %1: drop whatever no earlier rule allowed.</source>
        <translation>Die Regel ist die Voreinstellung von %1: alles verwerfen, was keine frühere Regel erlaubt hat.</translation>
    </message>
    <message>
        <source>The rule that does it: %1</source>
        <translation>Die Regel, die es tut: %1</translation>
    </message>
    <message>
        <source>Most likely this rule (it has conditions this tool can&apos;t check): %1</source>
        <translation>Höchstwahrscheinlich diese Regel (sie hat Bedingungen, die dieses Werkzeug nicht prüfen kann): %1</translation>
    </message>
    <message>
        <source>To let local connections through, add a rule that accepts them, for example: sudo %1</source>
        <translation>Um lokale Verbindungen durchzulassen, fügen Sie eine Regel hinzu, die sie annimmt, zum Beispiel: sudo %1</translation>
    </message>
    <message>
        <source>To let local connections through, remove that rule or add one before it, for example: sudo %1</source>
        <translation>Um lokale Verbindungen durchzulassen, entfernen Sie diese Regel oder fügen Sie eine davor ein, zum Beispiel: sudo %1</translation>
    </message>
    <message>
        <source>None of the firewall rules that could be read explains it; look for other filters (a container&apos;s or VPN&apos;s rules, eBPF programs, security software).</source>
        <translation>Keine der lesbaren Firewall-Regeln erklärt es; suchen Sie nach anderen Filtern (Regeln eines Containers oder VPNs, eBPF-Programme, Sicherheitssoftware).</translation>
    </message>
    <message>
        <source>The firewall&apos;s rules could not be read to name the rule.</source>
        <translation>Die Regeln der Firewall konnten nicht gelesen werden, um die Regel zu nennen.</translation>
    </message>
    <message>
        <source>Reading the firewall&apos;s rules needs administrator rights</source>
        <translation>Das Lesen der Firewall-Regeln erfordert Administratorrechte</translation>
    </message>
    <message>
        <source>Only root may read the firewall&apos;s rules, so no rule can be named here. To see them, run: %1 (or run this check as root: %2).</source>
        <translation>Nur root darf die Regeln der Firewall lesen, daher kann hier keine Regel genannt werden. Um sie zu sehen, führen Sie aus: %1 (oder führen Sie diese Prüfung als root aus: %2).</translation>
    </message>
    <message>
        <source>The firewall&apos;s rules could not be read</source>
        <translation>Die Regeln der Firewall konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading them failed: %1</source>
        <translation>Das Lesen ist gescheitert: %1</translation>
    </message>
    <message>
        <source>ufw (enabled)</source>
        <translation>ufw (aktiviert)</translation>
    </message>
    <message>
        <source>firewalld (running)</source>
        <translation>firewalld (läuft)</translation>
    </message>
    <message>
        <source>connections to %1 meet &quot;%2&quot;</source>
        <translation>Verbindungen zu %1 treffen auf &quot;%2&quot;</translation>
    </message>
    <message>
        <source>its rules let connections to port %1 through</source>
        <translation>ihre Regeln lassen Verbindungen zu Port %1 durch</translation>
    </message>
    <message>
        <source>ufw has rules for port %1: %2</source>
        <translation>ufw hat Regeln für Port %1: %2</translation>
    </message>
    <message>
        <source>ufw&apos;s standard rules accept all traffic on the loopback interface, so ufw by itself doesn&apos;t block localhost</source>
        <translation>Die Standardregeln von ufw nehmen allen Verkehr auf der Loopback-Schnittstelle an, daher blockiert ufw allein localhost nicht</translation>
    </message>
    <message>
        <source>No active firewall found</source>
        <translation>Keine aktive Firewall gefunden</translation>
    </message>
    <message>
        <source>No firewall rules could be read</source>
        <translation>Es konnten keine Firewall-Regeln gelesen werden</translation>
    </message>
    <message>
        <source>The firewall (nftables) has no rules, so it does not block anything.</source>
        <translation>Die Firewall (nftables) hat keine Regeln und blockiert daher nichts.</translation>
    </message>
    <message>
        <source>Nothing was found that would block local connections, but the rules themselves could not be read.</source>
        <translation>Es wurde nichts gefunden, das lokale Verbindungen blockieren würde, aber die Regeln selbst konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Active firewall: %1</source>
        <translation>Aktive Firewall: %1</translation>
    </message>
    <message>
        <source>Its rules could not be read to see what it does with this port.</source>
        <translation>Ihre Regeln konnten nicht gelesen werden, um zu sehen, was sie mit diesem Port macht.</translation>
    </message>
</context>
<context>
    <name>HttpFindings</name>
    <message>
        <source>It answered 401 Unauthorized, so a client must log in before it may talk to it. Claude Desktop reaches such a server through a bridge like mcp-remote, which opens a browser window for the OAuth login on first use (and waits for the answer on port 3334): finish that login, or give the bridge the token or API key header the server expects.</source>
        <translation>Er antwortete 401 Unauthorized, ein Client muss sich also anmelden, bevor er mit ihm sprechen darf. Claude Desktop erreicht einen solchen Server über eine Brücke wie mcp-remote, die bei der ersten Benutzung ein Browserfenster für die OAuth-Anmeldung öffnet (und auf Port 3334 auf die Antwort wartet): Schließen Sie diese Anmeldung ab oder geben Sie der Brücke das Token oder den API-Schlüssel-Header, den der Server erwartet.</translation>
    </message>
    <message>
        <source>The server describes how to log in here: %1</source>
        <translation>Der Server beschreibt hier, wie man sich anmeldet: %1</translation>
    </message>
    <message>
        <source>The MCP server needs you to log in first (HTTP 401)</source>
        <translation>Der MCP-Server verlangt, dass Sie sich zuerst anmelden (HTTP 401)</translation>
    </message>
    <message>
        <source>Nothing answers MCP at this path. MCP servers usually listen on /mcp (Streamable HTTP) or /sse (the older SSE transport); the server&apos;s startup message names the exact URL.</source>
        <translation>Unter diesem Pfad antwortet nichts auf MCP. MCP-Server lauschen meist auf /mcp (Streamable HTTP) oder /sse (das ältere SSE-Verfahren); die Startmeldung des Servers nennt die genaue URL.</translation>
    </message>
    <message>
        <source>This path does not accept the requests MCP sends (POST, or GET for SSE). It is probably another page of the server: try /mcp or /sse.</source>
        <translation>Dieser Pfad nimmt die Anfragen nicht an, die MCP sendet (POST, oder GET für SSE). Wahrscheinlich ist es eine andere Seite des Servers: Versuchen Sie /mcp oder /sse.</translation>
    </message>
    <message>
        <source>The server refused the request. MCP servers check the Host and Origin headers to block DNS rebinding, so one started for another host name (or with an allow-list) refuses this one; start it for localhost, or use the address it names.</source>
        <translation>Der Server hat die Anfrage abgelehnt. MCP-Server prüfen die Host- und Origin-Header, um DNS-Rebinding zu verhindern; einer, der für einen anderen Hostnamen (oder mit einer Erlaubnisliste) gestartet wurde, lehnt diesen daher ab. Starten Sie ihn für localhost oder verwenden Sie die Adresse, die er nennt.</translation>
    </message>
    <message>
        <source>The server failed while answering (HTTP %1). Its own log says why.</source>
        <translation>Der Server ist beim Antworten gescheitert (HTTP %1). Sein eigenes Protokoll sagt, warum.</translation>
    </message>
    <message>
        <source>The server rejected the MCP handshake with HTTP %1. Its answer may say why.</source>
        <translation>Der Server hat den MCP-Handshake mit HTTP %1 abgelehnt. Seine Antwort sagt vielleicht, warum.</translation>
    </message>
    <message>
        <source>It answered: %1</source>
        <translation>Er antwortete: %1</translation>
    </message>
    <message>
        <source>The address answered HTTP %1 to the MCP handshake</source>
        <translation>Die Adresse antwortete auf den MCP-Handshake mit HTTP %1</translation>
    </message>
    <message>
        <source>The address answered the MCP handshake with something that isn&apos;t MCP</source>
        <translation>Die Adresse antwortete auf den MCP-Handshake mit etwas, das kein MCP ist</translation>
    </message>
    <message>
        <source>It answered HTTP %1 (%2) but not with a JSON-RPC response. This is usually another web server on the same port, or the wrong path (MCP servers usually use /mcp or /sse).</source>
        <translation>Sie antwortete mit HTTP %1 (%2), aber nicht mit einer JSON-RPC-Antwort. Meist ist das ein anderer Webserver auf demselben Port oder der falsche Pfad (MCP-Server benutzen meist /mcp oder /sse).</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>The MCP handshake could not reach the server</source>
        <translation>Der MCP-Handshake konnte den Server nicht erreichen</translation>
    </message>
    <message>
        <source>The HTTP request failed before any answer: %1. The server and firewall steps say more about the port.</source>
        <translation>Die HTTP-Anfrage ist vor jeder Antwort gescheitert: %1. Die Schritte Server und Firewall sagen mehr über den Port.</translation>
    </message>
    <message>
        <source>The MCP server sent more than %1 MB without answering</source>
        <translation>Der MCP-Server hat mehr als %1 MB gesendet, ohne zu antworten</translation>
    </message>
    <message>
        <source>It kept sending data without the response to our request, so the probe stopped reading. Clients struggle the same way. Look for a loop sending events at start.</source>
        <translation>Er sendete fortlaufend Daten ohne die Antwort auf unsere Anfrage, daher hat die Prüfung aufgehört zu lesen. Clients haben damit dieselben Probleme. Suchen Sie nach einer Schleife, die beim Start Ereignisse sendet.</translation>
    </message>
</context>
<context>
    <name>KnownPorts</name>
    <message>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>SMTP (mail)</source>
        <translation>SMTP (E-Mail)</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>a web server (HTTP)</source>
        <translation>ein Webserver (HTTP)</translation>
    </message>
    <message>
        <source>POP3 (mail)</source>
        <translation>POP3 (E-Mail)</translation>
    </message>
    <message>
        <source>IMAP (mail)</source>
        <translation>IMAP (E-Mail)</translation>
    </message>
    <message>
        <source>a web server (HTTPS)</source>
        <translation>ein Webserver (HTTPS)</translation>
    </message>
    <message>
        <source>SMTP over TLS (mail)</source>
        <translation>SMTP über TLS (E-Mail)</translation>
    </message>
    <message>
        <source>SMTP submission (mail)</source>
        <translation>SMTP-Einlieferung (E-Mail)</translation>
    </message>
    <message>
        <source>CUPS (printing)</source>
        <translation>CUPS (Drucken)</translation>
    </message>
    <message>
        <source>IMAP over TLS (mail)</source>
        <translation>IMAP über TLS (E-Mail)</translation>
    </message>
    <message>
        <source>POP3 over TLS (mail)</source>
        <translation>POP3 über TLS (E-Mail)</translation>
    </message>
    <message>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <source>MQTT (Mosquitto)</source>
        <translation>MQTT (Mosquitto)</translation>
    </message>
    <message>
        <source>the Docker API</source>
        <translation>die Docker-API</translation>
    </message>
    <message>
        <source>a React, Next.js or Express dev server</source>
        <translation>ein React-, Next.js- oder Express-Entwicklungsserver</translation>
    </message>
    <message>
        <source>a second React, Next.js or Express dev server</source>
        <translation>ein zweiter React-, Next.js- oder Express-Entwicklungsserver</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL oder MariaDB</translation>
    </message>
    <message>
        <source>mcp-remote&apos;s OAuth callback</source>
        <translation>der OAuth-Rückruf von mcp-remote</translation>
    </message>
    <message>
        <source>the Angular dev server</source>
        <translation>der Angular-Entwicklungsserver</translation>
    </message>
    <message>
        <source>the Astro dev server</source>
        <translation>der Astro-Entwicklungsserver</translation>
    </message>
    <message>
        <source>a Flask dev server (or macOS AirPlay)</source>
        <translation>ein Flask-Entwicklungsserver (oder macOS AirPlay)</translation>
    </message>
    <message>
        <source>the Vite dev server</source>
        <translation>der Vite-Entwicklungsserver</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>RabbitMQ (AMQP)</source>
        <translation>RabbitMQ (AMQP)</translation>
    </message>
    <message>
        <source>VNC (remote desktop)</source>
        <translation>VNC (Fernzugriff)</translation>
    </message>
    <message>
        <source>the MCP Inspector&apos;s web UI</source>
        <translation>die Weboberfläche des MCP Inspectors</translation>
    </message>
    <message>
        <source>the MCP Inspector&apos;s proxy</source>
        <translation>der Proxy des MCP Inspectors</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>a dev server (Django, Python&apos;s http.server and others)</source>
        <translation>ein Entwicklungsserver (Django, Pythons http.server und andere)</translation>
    </message>
    <message>
        <source>a dev server or HTTP proxy</source>
        <translation>ein Entwicklungsserver oder HTTP-Proxy</translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation>Jupyter</translation>
    </message>
    <message>
        <source>PHP-FPM, SonarQube or MinIO</source>
        <translation>PHP-FPM, SonarQube oder MinIO</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>the RabbitMQ management UI</source>
        <translation>die Verwaltungsoberfläche von RabbitMQ</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
</context>
<context>
    <name>LegacySseChannel</name>
    <message>
        <source>the SSE endpoint event</source>
        <translation>das endpoint-Ereignis des SSE-Streams</translation>
    </message>
</context>
<context>
    <name>McpCommand</name>
    <message>
        <source>--fix needs --server NAME: the server whose entry to change.</source>
        <translation>--fix braucht --server NAME: den Server, dessen Eintrag geändert wird.</translation>
    </message>
    <message>
        <source>%1 is not a fix that edits the config; these are: fix.use_absolute_command, fix.use_port, fix.wrap_in_cmd.</source>
        <translation>%1 ist keine Korrektur, die die Konfiguration bearbeitet; diese sind: fix.use_absolute_command, fix.use_port, fix.wrap_in_cmd.</translation>
    </message>
    <message>
        <source>--port must be a number.</source>
        <translation>--port muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The config can&apos;t be read as JSON, so it is left untouched: %1</source>
        <translation>Die Konfiguration lässt sich nicht als JSON lesen und bleibt daher unverändert: %1</translation>
    </message>
    <message>
        <source>The check offers no fix for server &quot;%1&quot; that edits the config.</source>
        <translation>Die Prüfung bietet für Server &quot;%1&quot; keine Korrektur an, die die Konfiguration bearbeitet.</translation>
    </message>
    <message>
        <source>The check does not offer %1 for server &quot;%2&quot;; it offers: %3</source>
        <translation>Die Prüfung bietet %1 für Server &quot;%2&quot; nicht an; sie bietet: %3</translation>
    </message>
    <message>
        <source>%1 for server &quot;%2&quot; in %3:</source>
        <translation>%1 für Server &quot;%2&quot; in %3:</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to apply it.</source>
        <translation>Nichts wurde geändert: Fügen Sie --yes hinzu, um die Änderung anzuwenden.</translation>
    </message>
    <message>
        <source>Can&apos;t read %1 or %2.</source>
        <translation>%1 oder %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Restoring %1 from %2 would change:</source>
        <translation>Die Wiederherstellung von %1 aus %2 würde ändern:</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to restore it.</source>
        <translation>Nichts wurde geändert: Fügen Sie --yes hinzu, um die Wiederherstellung auszuführen.</translation>
    </message>
    <message>
        <source>Checks Claude Desktop&apos;s config and every MCP server in it.</source>
        <translation>Prüft die Konfiguration von Claude Desktop und jeden MCP-Server darin.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Read this config instead of Claude Desktop&apos;s own.</source>
        <translation>Diese Konfiguration statt der von Claude Desktop lesen.</translation>
    </message>
    <message>
        <source>Only check the config and what it names; start no server and connect to nothing.</source>
        <translation>Nur die Konfiguration und das, was sie nennt, prüfen; keinen Server starten und keine Verbindung aufbauen.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema localhost-doctor/report@1).</source>
        <translation>Den Bericht als JSON ausgeben (Schema localhost-doctor/report@1).</translation>
    </message>
    <message>
        <source>How long each server may take to answer the handshake (default 10000; Claude Desktop itself waits 60000).</source>
        <translation>Wie lange jeder Server für die Antwort auf den Handshake brauchen darf (Standard 10000; Claude Desktop selbst wartet 60000).</translation>
    </message>
    <message>
        <source>Show the evidence behind each finding, and log to the terminal.</source>
        <translation>Die Belege hinter jedem Befund zeigen und im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>Never colour the output.</source>
        <translation>Die Ausgabe nie einfärben.</translation>
    </message>
    <message>
        <source>Apply a fix the check offers that edits the config: fix.use_absolute_command, fix.use_port or fix.wrap_in_cmd.</source>
        <translation>Eine angebotene Korrektur anwenden, die die Konfiguration bearbeitet: fix.use_absolute_command, fix.use_port oder fix.wrap_in_cmd.</translation>
    </message>
    <message>
        <source>The server whose entry --fix changes.</source>
        <translation>Der Server, dessen Eintrag --fix ändert.</translation>
    </message>
    <message>
        <source>With --fix fix.use_port: which of the offered ports.</source>
        <translation>Mit --fix fix.use_port: welcher der angebotenen Ports.</translation>
    </message>
    <message>
        <source>Restore the config from a backup a fix made.</source>
        <translation>Die Konfiguration aus einer Sicherungskopie wiederherstellen, die eine Korrektur angelegt hat.</translation>
    </message>
    <message>
        <source>Really change the config (otherwise only show the change).</source>
        <translation>Die Konfiguration wirklich ändern (sonst nur die Änderung zeigen).</translation>
    </message>
    <message>
        <source>mcp takes no target; use --config FILE to read another config.</source>
        <translation>mcp nimmt kein Ziel; verwenden Sie --config DATEI, um eine andere Konfiguration zu lesen.</translation>
    </message>
    <message>
        <source>--fix and --undo can&apos;t be used together.</source>
        <translation>--fix und --undo können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number from 1 to 600000, not &quot;%1&quot;.</source>
        <translation>--timeout-ms muss eine ganze Zahl von 1 bis 600000 sein, nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>McpConfigReader</name>
    <message>
        <source>The Claude Desktop config is not valid JSON (line %1, column %2)</source>
        <translation>Die Claude-Desktop-Konfiguration ist kein gültiges JSON (Zeile %1, Spalte %2)</translation>
    </message>
    <message>
        <source>Claude Desktop can&apos;t read %1, so it starts none of your MCP servers.

%2

%3

Fix it in a text editor, save the file, and restart Claude Desktop.</source>
        <translation>Claude Desktop kann %1 nicht lesen und startet daher keinen Ihrer MCP-Server.

%2

%3

Beheben Sie es in einem Texteditor, speichern Sie die Datei und starten Sie Claude Desktop neu.</translation>
    </message>
    <message>
        <source>There is a comma after the last item (line %1, column %2), just before the closing bracket on line %3. JSON does not allow that: delete that comma.</source>
        <translation>Nach dem letzten Element steht ein Komma (Zeile %1, Spalte %2), direkt vor der schließenden Klammer in Zeile %3. JSON erlaubt das nicht: Löschen Sie dieses Komma.</translation>
    </message>
    <message>
        <source>A comma is missing between two items: add a , at line %1, column %2 (the next item starts on line %3).</source>
        <translation>Zwischen zwei Elementen fehlt ein Komma: Fügen Sie ein , in Zeile %1, Spalte %2 ein (das nächste Element beginnt in Zeile %3).</translation>
    </message>
    <message>
        <source>A colon is missing between a name and its value: write &quot;name&quot;: value.</source>
        <translation>Zwischen einem Namen und seinem Wert fehlt ein Doppelpunkt: Schreiben Sie &quot;name&quot;: wert.</translation>
    </message>
    <message>
        <source>A backslash inside quotes must be doubled. Windows paths are the usual cause: write &quot;C:\\Users\\you&quot; or use forward slashes, &quot;C:/Users/you&quot;.</source>
        <translation>Ein Backslash in Anführungszeichen muss verdoppelt werden. Meist sind Windows-Pfade die Ursache: Schreiben Sie &quot;C:\\Users\\you&quot; oder benutzen Sie Schrägstriche, &quot;C:/Users/you&quot;.</translation>
    </message>
    <message>
        <source>This is a curly quote (“ ” ‘ ’), as word processors and chat apps type them. JSON needs plain straight double quotes: &quot;.</source>
        <translation>Das ist ein typografisches Anführungszeichen (“ ” ‘ ’), wie es Textverarbeitungen und Chat-Apps setzen. JSON braucht einfache gerade doppelte Anführungszeichen: &quot;.</translation>
    </message>
    <message>
        <source>JSON needs double quotes &quot; around text, not single quotes &apos;.</source>
        <translation>JSON braucht doppelte Anführungszeichen &quot; um Text, keine einfachen &apos;.</translation>
    </message>
    <message>
        <source>Names in JSON need double quotes: write &quot;name&quot;: value, not name: value.</source>
        <translation>Namen brauchen in JSON doppelte Anführungszeichen: Schreiben Sie &quot;name&quot;: wert, nicht name: wert.</translation>
    </message>
    <message>
        <source>JSON does not allow comments (// or /* */). Delete the comment.</source>
        <translation>JSON erlaubt keine Kommentare (// oder /* */). Löschen Sie den Kommentar.</translation>
    </message>
    <message>
        <source>A second {…} starts after the first one has ended: two configs were pasted one after the other. Move the servers of the second into the &quot;mcpServers&quot; of the first and delete the rest.</source>
        <translation>Ein zweites {…} beginnt, nachdem das erste geendet hat: Zwei Konfigurationen wurden hintereinander eingefügt. Verschieben Sie die Server der zweiten in &quot;mcpServers&quot; der ersten und löschen Sie den Rest.</translation>
    </message>
    <message>
        <source>The file starts with an invisible byte-order mark (BOM), which some Windows editors add. Save it as &quot;UTF-8&quot; (without BOM).</source>
        <translation>Die Datei beginnt mit einer unsichtbaren Bytereihenfolge-Markierung (BOM), die manche Windows-Editoren hinzufügen. Speichern Sie sie als &quot;UTF-8&quot; (ohne BOM).</translation>
    </message>
    <message>
        <source>This text in quotes is never closed: a closing &quot; is missing on that line.</source>
        <translation>Dieser Text in Anführungszeichen wird nie geschlossen: In dieser Zeile fehlt ein schließendes &quot;.</translation>
    </message>
    <message>
        <source>A tab or other invisible character is inside quotes; JSON needs it written as \t or removed.</source>
        <translation>Ein Tabulator oder anderes unsichtbares Zeichen steht in Anführungszeichen; JSON verlangt, dass es als \t geschrieben oder entfernt wird.</translation>
    </message>
    <message>
        <source>The file ends too early: a closing } or ] (or more) is missing at the end.</source>
        <translation>Die Datei endet zu früh: Am Ende fehlt eine schließende } oder ] (oder mehr).</translation>
    </message>
    <message>
        <source>The file is empty. The smallest valid config is {&quot;mcpServers&quot;: {}}.</source>
        <translation>Die Datei ist leer. Die kleinste gültige Konfiguration ist {&quot;mcpServers&quot;: {}}.</translation>
    </message>
    <message>
        <source>There is more text after the end of the config. Delete it.</source>
        <translation>Nach dem Ende der Konfiguration folgt weiterer Text. Löschen Sie ihn.</translation>
    </message>
    <message>
        <source>The brackets are nested too deeply to be a Claude Desktop config.</source>
        <translation>Die Klammern sind zu tief verschachtelt für eine Claude-Desktop-Konfiguration.</translation>
    </message>
    <message>
        <source>Something unexpected is at this spot.</source>
        <translation>An dieser Stelle steht etwas Unerwartetes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not expected at this spot.</source>
        <translation>&quot;%1&quot; wird an dieser Stelle nicht erwartet.</translation>
    </message>
    <message>
        <source>Reach it through mcp-remote</source>
        <translation>Über mcp-remote erreichen</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; must be an object { … }</source>
        <translation>Server &quot;%1&quot; muss ein Objekt { … } sein</translation>
    </message>
    <message>
        <source>%1 must be an object with a &quot;command&quot; and, usually, &quot;args&quot;: {&quot;command&quot;: &quot;npx&quot;, &quot;args&quot;: [&quot;-y&quot;, &quot;some-mcp-server&quot;]}.</source>
        <translation>%1 muss ein Objekt mit einem &quot;command&quot; und meist &quot;args&quot; sein: {&quot;command&quot;: &quot;npx&quot;, &quot;args&quot;: [&quot;-y&quot;, &quot;some-mcp-server&quot;]}.</translation>
    </message>
    <message>
        <source>Claude Desktop skips server &quot;%1&quot;: it only starts local (stdio) servers</source>
        <translation>Claude Desktop überspringt Server &quot;%1&quot;: Es startet nur lokale (stdio-)Server</translation>
    </message>
    <message>
        <source>This entry names a web address instead of a command. Claude Desktop&apos;s config file can only start programs that talk over standard input and output, so this server never appears. Reach it through a bridge that Claude Desktop can start: &quot;command&quot;: &quot;npx&quot;, &quot;args&quot;: [&quot;mcp-remote&quot;, &quot;%1&quot;] (needs Node.js), or add it in Claude&apos;s Settings under Connectors.</source>
        <translation>Dieser Eintrag nennt eine Webadresse statt eines Befehls. Die Konfigurationsdatei von Claude Desktop kann nur Programme starten, die über Standardein- und -ausgabe sprechen, daher erscheint dieser Server nie. Erreichen Sie ihn über eine Brücke, die Claude Desktop starten kann: &quot;command&quot;: &quot;npx&quot;, &quot;args&quot;: [&quot;mcp-remote&quot;, &quot;%1&quot;] (braucht Node.js), oder fügen Sie ihn in den Einstellungen von Claude unter Connectors hinzu.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no &quot;command&quot;</source>
        <translation>Server &quot;%1&quot; hat kein &quot;command&quot;</translation>
    </message>
    <message>
        <source>Claude Desktop needs to know which program to start for this server. Add &quot;command&quot;: &quot;npx&quot; (or the program&apos;s full path) to %1.</source>
        <translation>Claude Desktop muss wissen, welches Programm es für diesen Server starten soll. Fügen Sie &quot;command&quot;: &quot;npx&quot; (oder den vollständigen Pfad des Programms) zu %1 hinzu.</translation>
    </message>
    <message>
        <source>The &quot;command&quot; of server &quot;%1&quot; must be a program name in quotes</source>
        <translation>Das &quot;command&quot; von Server &quot;%1&quot; muss ein Programmname in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>%1 must be text naming one program, like &quot;npx&quot; or &quot;/usr/local/bin/node&quot;; its arguments go into &quot;args&quot;.</source>
        <translation>%1 muss Text sein, der ein Programm nennt, etwa &quot;npx&quot; oder &quot;/usr/local/bin/node&quot;; seine Argumente gehören in &quot;args&quot;.</translation>
    </message>
    <message>
        <source>The &quot;args&quot; of server &quot;%1&quot; must be a list of texts</source>
        <translation>Die &quot;args&quot; von Server &quot;%1&quot; müssen eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>%1 must be a list in square brackets, each argument in quotes: [&quot;-y&quot;, &quot;some-mcp-server&quot;, &quot;/some/folder&quot;].</source>
        <translation>%1 muss eine Liste in eckigen Klammern sein, jedes Argument in Anführungszeichen: [&quot;-y&quot;, &quot;some-mcp-server&quot;, &quot;/some/folder&quot;].</translation>
    </message>
    <message>
        <source>Argument %1 of server &quot;%2&quot; must be in quotes</source>
        <translation>Argument %1 von Server &quot;%2&quot; muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>%1 must be a list of texts: write numbers and words in quotes too, for example &quot;3000&quot; instead of 3000.</source>
        <translation>%1 muss eine Liste von Texten sein: Schreiben Sie auch Zahlen und Wörter in Anführungszeichen, zum Beispiel &quot;3000&quot; statt 3000.</translation>
    </message>
    <message>
        <source>The &quot;env&quot; of server &quot;%1&quot; must be an object of texts</source>
        <translation>Das &quot;env&quot; von Server &quot;%1&quot; muss ein Objekt aus Texten sein</translation>
    </message>
    <message>
        <source>%1 must be an object of names and texts: {&quot;API_KEY&quot;: &quot;…&quot;}.</source>
        <translation>%1 muss ein Objekt aus Namen und Texten sein: {&quot;API_KEY&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>The variable %1 of server &quot;%2&quot; must be in quotes</source>
        <translation>Die Variable %1 von Server &quot;%2&quot; muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>%1 must be text: environment variables are always text, so write &quot;1&quot; or &quot;true&quot; with quotes.</source>
        <translation>%1 muss Text sein: Umgebungsvariablen sind immer Text, schreiben Sie also &quot;1&quot; oder &quot;true&quot; mit Anführungszeichen.</translation>
    </message>
    <message>
        <source>The Claude Desktop config must be an object { … }</source>
        <translation>Die Claude-Desktop-Konfiguration muss ein Objekt { … } sein</translation>
    </message>
    <message>
        <source>The whole file must be one object in curly brackets: {&quot;mcpServers&quot;: { … }}.</source>
        <translation>Die ganze Datei muss ein Objekt in geschweiften Klammern sein: {&quot;mcpServers&quot;: { … }}.</translation>
    </message>
    <message>
        <source>The Claude Desktop config has no &quot;mcpServers&quot;</source>
        <translation>Die Claude-Desktop-Konfiguration hat kein &quot;mcpServers&quot;</translation>
    </message>
    <message>
        <source>Claude Desktop looks for MCP servers under &quot;mcpServers&quot; and finds none. Add &quot;mcpServers&quot;: { &quot;NAME&quot;: { &quot;command&quot;: …, &quot;args&quot;: […] } } to the outer object (check the spelling: the name is case-sensitive).</source>
        <translation>Claude Desktop sucht MCP-Server unter &quot;mcpServers&quot; und findet keine. Fügen Sie &quot;mcpServers&quot;: { &quot;NAME&quot;: { &quot;command&quot;: …, &quot;args&quot;: […] } } zum äußeren Objekt hinzu (prüfen Sie die Schreibweise: Groß- und Kleinschreibung zählt).</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; must be an object { … }, one entry per server</source>
        <translation>&quot;mcpServers&quot; muss ein Objekt { … } sein, ein Eintrag je Server</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; must map each server&apos;s name to its settings: &quot;mcpServers&quot;: { &quot;files&quot;: { &quot;command&quot;: … } }, not a list.</source>
        <translation>&quot;mcpServers&quot; muss jedem Servernamen seine Einstellungen zuordnen: &quot;mcpServers&quot;: { &quot;files&quot;: { &quot;command&quot;: … } }, keine Liste.</translation>
    </message>
    <message>
        <source>The Claude Desktop config can&apos;t be read</source>
        <translation>Die Claude-Desktop-Konfiguration kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 exists but can&apos;t be opened: %2. Check that it is a file and that your user may read it.</source>
        <translation>%1 existiert, lässt sich aber nicht öffnen: %2. Prüfen Sie, ob es eine Datei ist und Ihr Benutzer sie lesen darf.</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s config file was not found</source>
        <translation>Die Konfigurationsdatei von Claude Desktop wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The config file %1 does not exist</source>
        <translation>Die Konfigurationsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>Looked in:%1

Claude Desktop creates this file when you open Settings → Developer → Edit Config. Until it exists, Claude Desktop starts no MCP servers.</source>
        <translation>Gesucht in:%1

Claude Desktop legt diese Datei an, wenn Sie Einstellungen → Entwickler → Konfiguration bearbeiten öffnen. Solange sie fehlt, startet Claude Desktop keine MCP-Server.</translation>
    </message>
</context>
<context>
    <name>McpDiagnosis</name>
    <message>
        <source>Claude Desktop&apos;s config is valid but lists no MCP servers</source>
        <translation>Die Konfiguration von Claude Desktop ist gültig, nennt aber keine MCP-Server</translation>
    </message>
    <message numerus="yes">
        <source>Claude Desktop&apos;s config is valid and lists %n MCP server(s)</source>
        <translation>
            <numerusform>Die Konfiguration von Claude Desktop ist gültig und nennt %n MCP-Server</numerusform>
            <numerusform>Die Konfiguration von Claude Desktop ist gültig und nennt %n MCP-Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation>Gelesen aus %1.</translation>
    </message>
    <message>
        <source>Claude Desktop logged errors for server &quot;%1&quot; earlier</source>
        <translation>Claude Desktop hat früher Fehler für Server &quot;%1&quot; protokolliert</translation>
    </message>
    <message>
        <source>The last one: %1
If the checks here pass, it may be from before a fix; restart Claude Desktop and look again.</source>
        <translation>Der letzte: %1
Wenn die Prüfungen hier bestehen, stammt er vielleicht von vor einer Korrektur; starten Sie Claude Desktop neu und sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s config is fine, but it lists no MCP servers.</source>
        <translation>Die Konfiguration von Claude Desktop ist in Ordnung, nennt aber keine MCP-Server.</translation>
    </message>
    <message numerus="yes">
        <source>All %n MCP server(s) in Claude Desktop&apos;s config look fine.</source>
        <translation>
            <numerusform>Der %n MCP-Server in der Konfiguration von Claude Desktop sieht gut aus.</numerusform>
            <numerusform>Alle %n MCP-Server in der Konfiguration von Claude Desktop sehen gut aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpSession</name>
    <message>
        <source>The MCP server only speaks the handshake-free protocol revision %1</source>
        <translation>Der MCP-Server spricht nur die handshakefreie Protokollrevision %1</translation>
    </message>
    <message>
        <source>It refused the initialize handshake and answered server/discover instead. Clients and bridges that still open with initialize (older Claude Desktop releases, older mcp-remote versions, most SDKs before 2026) cannot use it: update them, or run the server in a mode that also accepts initialize.</source>
        <translation>Er hat den initialize-Handshake abgelehnt und stattdessen auf server/discover geantwortet. Clients und Brücken, die noch mit initialize beginnen (ältere Claude-Desktop-Versionen, ältere mcp-remote-Versionen, die meisten SDKs vor 2026), können ihn nicht benutzen: Aktualisieren Sie sie oder betreiben Sie den Server in einem Modus, der auch initialize annimmt.</translation>
    </message>
    <message>
        <source>The MCP server did not answer %1</source>
        <translation>Der MCP-Server hat %1 nicht beantwortet</translation>
    </message>
    <message>
        <source>The handshake worked, but the server advertised these lists and then failed to give them. Claude Desktop shows none of what is missing. The server&apos;s own log (stderr, or Claude Desktop&apos;s mcp-server-NAME.log) usually says why.</source>
        <translation>Der Handshake hat funktioniert, aber der Server hat diese Listen angekündigt und dann nicht geliefert. Claude Desktop zeigt nichts von dem, was fehlt. Das eigene Protokoll des Servers (stderr oder mcp-server-NAME.log von Claude Desktop) sagt meist, warum.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>the server repeated a page cursor; stopped after %n page(s)</source>
        <translation>
            <numerusform>der Server hat einen Seitencursor wiederholt; nach %n Seite abgebrochen</numerusform>
            <numerusform>der Server hat einen Seitencursor wiederholt; nach %n Seiten abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 pages; counted the first %1</source>
        <translation>mehr als %1 Seiten; die ersten %1 gezählt</translation>
    </message>
    <message>
        <source>The MCP server did not answer %1 within %2 s</source>
        <translation>Der MCP-Server hat %1 nicht innerhalb von %2 s beantwortet</translation>
    </message>
    <message>
        <source>It is running but sent no answer to the handshake. Claude Desktop waits up to 60 s and then gives up with &quot;Request timed out&quot;. Common causes: the server waits for something before reading its input (a login, a database, a first-run download by npx or uvx), it reads another input than stdin, or it writes its answers somewhere else. Start the same command in a terminal and see what it prints.</source>
        <translation>Er läuft, hat aber keine Antwort auf den Handshake gesendet. Claude Desktop wartet bis zu 60 s und gibt dann mit &quot;Request timed out&quot; auf. Häufige Ursachen: Der Server wartet auf etwas, bevor er seine Eingabe liest (eine Anmeldung, eine Datenbank, einen ersten Download durch npx oder uvx), er liest eine andere Eingabe als stdin, oder er schreibt seine Antworten woandershin. Starten Sie denselben Befehl in einem Terminal und sehen Sie, was er ausgibt.</translation>
    </message>
    <message>
        <source>The MCP server refused our protocol version</source>
        <translation>Der MCP-Server hat unsere Protokollversion abgelehnt</translation>
    </message>
    <message>
        <source>The MCP server speaks protocol version %1, which clients don&apos;t know</source>
        <translation>Der MCP-Server spricht die Protokollversion %1, die Clients nicht kennen</translation>
    </message>
    <message>
        <source>We asked for %1; Claude Desktop and current clients understand %2 and disconnect from a server that settles on anything else. Update the server (or the MCP SDK it is built on) to a current release, or the client if the server is the newer one.</source>
        <translation>Wir haben nach %1 gefragt; Claude Desktop und aktuelle Clients verstehen %2 und trennen die Verbindung zu einem Server, der sich auf etwas anderes festlegt. Aktualisieren Sie den Server (oder das MCP-SDK, auf dem er beruht) auf eine aktuelle Version, oder den Client, wenn der Server der neuere ist.</translation>
    </message>
    <message>
        <source>The MCP server refused %1 with error %2</source>
        <translation>Der MCP-Server hat %1 mit Fehler %2 abgelehnt</translation>
    </message>
    <message>
        <source>It answered the request with the JSON-RPC error &quot;%1&quot;. Claude Desktop sends the same request, gets the same refusal and never lists the server&apos;s tools. The server&apos;s own log (stderr) usually says why.</source>
        <translation>Er hat die Anfrage mit dem JSON-RPC-Fehler &quot;%1&quot; beantwortet. Claude Desktop sendet dieselbe Anfrage, erhält dieselbe Ablehnung und listet die Werkzeuge des Servers nie auf. Das eigene Protokoll des Servers (stderr) sagt meist, warum.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>MCP server %1 answered: %2 tools, %3 resources, %4 prompts</source>
        <translation>MCP-Server %1 hat geantwortet: %2 Werkzeuge, %3 Ressourcen, %4 Prompts</translation>
    </message>
    <message>
        <source>The handshake worked over %1 with protocol version %2, and the server listed what it offers, so Claude Desktop can use it. If Claude Desktop still doesn&apos;t show it, quit and restart Claude Desktop after every change to its config.</source>
        <translation>Der Handshake hat über %1 mit Protokollversion %2 funktioniert, und der Server hat aufgelistet, was er anbietet, also kann Claude Desktop ihn benutzen. Wenn Claude Desktop ihn trotzdem nicht zeigt, beenden Sie Claude Desktop nach jeder Änderung an seiner Konfiguration und starten Sie es neu.</translation>
    </message>
</context>
<context>
    <name>McpStaticChecks</name>
    <message>
        <source>your login shell&apos;s PATH</source>
        <translation>der PATH Ihrer Login-Shell</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; uses %2 but gives it no address</source>
        <translation>Server &quot;%1&quot; benutzt %2, gibt ihm aber keine Adresse</translation>
    </message>
    <message>
        <source>%1 connects Claude Desktop to a server at a web address, and expects that address among its arguments, for example &quot;http://localhost:3000/mcp&quot;. Add it to &quot;args&quot;.</source>
        <translation>%1 verbindet Claude Desktop mit einem Server unter einer Webadresse und erwartet diese Adresse unter seinen Argumenten, zum Beispiel &quot;http://localhost:3000/mcp&quot;. Fügen Sie sie zu &quot;args&quot; hinzu.</translation>
    </message>
    <message>
        <source>The address %1 of server &quot;%2&quot; can&apos;t be used</source>
        <translation>Die Adresse %1 von Server &quot;%2&quot; ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The address %1 of server &quot;%2&quot; is not a web address</source>
        <translation>Die Adresse %1 von Server &quot;%2&quot; ist keine Webadresse</translation>
    </message>
    <message>
        <source>%1 needs an address starting with http:// or https://.</source>
        <translation>%1 braucht eine Adresse, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; points at %2, a port that can&apos;t exist</source>
        <translation>Server &quot;%1&quot; zeigt auf %2, einen Port, den es nicht geben kann</translation>
    </message>
    <message>
        <source>Ports go from 1 to 65535, so &quot;%1&quot; can never be reached: %2 fails every time Claude Desktop starts it. It is probably a typing mistake; the likely ports are offered below (first the ones where something listens now). Fixing it edits the config; then restart Claude Desktop.</source>
        <translation>Ports gehen von 1 bis 65535, daher ist &quot;%1&quot; nie erreichbar: %2 scheitert bei jedem Start durch Claude Desktop. Wahrscheinlich ist es ein Tippfehler; die wahrscheinlichen Ports werden unten angeboten (zuerst die, auf denen gerade etwas lauscht). Die Korrektur bearbeitet die Konfiguration; starten Sie danach Claude Desktop neu.</translation>
    </message>
    <message>
        <source>Use port %1 (something listens there now)</source>
        <translation>Port %1 verwenden (dort lauscht gerade etwas)</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>On Windows, server &quot;%1&quot; must start %2 through &quot;cmd /c&quot;</source>
        <translation>Unter Windows muss Server &quot;%1&quot; %2 über &quot;cmd /c&quot; starten</translation>
    </message>
    <message>
        <source>%1 is a .cmd script on Windows, not a program, and Claude Desktop can only start programs directly: the server fails with &quot;spawn %1 ENOENT&quot;. Start it through the command interpreter instead: &quot;command&quot;: &quot;cmd&quot;, &quot;args&quot;: [&quot;/c&quot;, &quot;%1&quot;, …].</source>
        <translation>%1 ist unter Windows ein .cmd-Skript, kein Programm, und Claude Desktop kann nur Programme direkt starten: Der Server scheitert mit &quot;spawn %1 ENOENT&quot;. Starten Sie ihn stattdessen über den Befehlsinterpreter: &quot;command&quot;: &quot;cmd&quot;, &quot;args&quot;: [&quot;/c&quot;, &quot;%1&quot;, …].</translation>
    </message>
    <message>
        <source>Start it with cmd /c</source>
        <translation>Mit cmd /c starten</translation>
    </message>
    <message>
        <source>Claude Desktop can&apos;t find &quot;%1&quot; to start server &quot;%2&quot;</source>
        <translation>Claude Desktop findet &quot;%1&quot; nicht, um Server &quot;%2&quot; zu starten</translation>
    </message>
    <message>
        <source>Claude Desktop does not read your shell&apos;s settings (.zshrc, .bash_profile), so it searches only %1.</source>
        <translation>Claude Desktop liest die Einstellungen Ihrer Shell (.zshrc, .bash_profile) nicht und sucht daher nur in %1.</translation>
    </message>
    <message>
        <source>Claude Desktop searches only %1.</source>
        <translation>Claude Desktop sucht nur in %1.</translation>
    </message>
    <message>
        <source>(an empty PATH)</source>
        <translation>(ein leerer PATH)</translation>
    </message>
    <message>
        <source>%1 It is not installed anywhere else this tool knows either. Install it (npx and node come with Node.js, uvx with uv), or write its full path as &quot;command&quot;.</source>
        <translation>%1 Es ist auch nirgends sonst installiert, wo dieses Werkzeug sucht. Installieren Sie es (npx und node kommen mit Node.js, uvx mit uv) oder schreiben Sie seinen vollständigen Pfad als &quot;command&quot;.</translation>
    </message>
    <message>
        <source>%1 It is installed at %2 (found via %3), which Claude Desktop does not search. Write that full path as &quot;command&quot; and restart Claude Desktop.</source>
        <translation>%1 Es ist unter %2 installiert (gefunden über %3), wo Claude Desktop nicht sucht. Schreiben Sie diesen vollständigen Pfad als &quot;command&quot; und starten Sie Claude Desktop neu.</translation>
    </message>
    <message>
        <source>Scripts like npx also need node on the PATH: if the server still fails with &quot;env: node: No such file or directory&quot;, add &quot;env&quot;: {&quot;PATH&quot;: &quot;%1:/usr/bin:/bin&quot;} to the entry.</source>
        <translation>Skripte wie npx brauchen auch node im PATH: Wenn der Server weiter mit &quot;env: node: No such file or directory&quot; scheitert, fügen Sie dem Eintrag &quot;env&quot;: {&quot;PATH&quot;: &quot;%1:/usr/bin:/bin&quot;} hinzu.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Claude Desktop finds &quot;%1&quot; at %2</source>
        <translation>Claude Desktop findet &quot;%1&quot; unter %2</translation>
    </message>
    <message>
        <source>This is the program Claude Desktop starts for server &quot;%1&quot;.</source>
        <translation>Das ist das Programm, das Claude Desktop für Server &quot;%1&quot; startet.</translation>
    </message>
    <message>
        <source>With several nvm versions installed, Claude Desktop takes the oldest first (%1), which may not be the one your terminal uses.</source>
        <translation>Mit mehreren installierten nvm-Versionen nimmt Claude Desktop zuerst die älteste (%1), die vielleicht nicht die ist, die Ihr Terminal benutzt.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; uses the relative path %2</source>
        <translation>Server &quot;%1&quot; benutzt den relativen Pfad %2</translation>
    </message>
    <message>
        <source>Claude Desktop does not start servers in your project&apos;s folder, so %1 will not point where you expect. Write the full path instead.</source>
        <translation>Claude Desktop startet Server nicht im Ordner Ihres Projekts, daher zeigt %1 nicht dorthin, wo Sie es erwarten. Schreiben Sie stattdessen den vollständigen Pfad.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is given %2, which does not exist</source>
        <translation>Server &quot;%1&quot; bekommt %2, das nicht existiert</translation>
    </message>
    <message>
        <source>Argument %1 of server &quot;%2&quot; names a file or folder that is not there. Check the spelling (and the user name in the path), or create it.</source>
        <translation>Argument %1 von Server &quot;%2&quot; nennt eine Datei oder einen Ordner, die nicht vorhanden sind. Prüfen Sie die Schreibweise (und den Benutzernamen im Pfad) oder legen Sie sie an.</translation>
    </message>
</context>
<context>
    <name>McpStep</name>
    <message>
        <source>The MCP handshake was not tried: nothing accepted the connection</source>
        <translation>Der MCP-Handshake wurde nicht versucht: Nichts hat die Verbindung angenommen</translation>
    </message>
    <message>
        <source>The MCP server has to be reachable first; the server and firewall steps say why it isn&apos;t.</source>
        <translation>Der MCP-Server muss zuerst erreichbar sein; die Schritte Server und Firewall sagen, warum er es nicht ist.</translation>
    </message>
    <message>
        <source>The MCP handshake was not tried: %1:// is not an MCP transport</source>
        <translation>Der MCP-Handshake wurde nicht versucht: %1:// ist kein MCP-Transport</translation>
    </message>
    <message>
        <source>MCP servers are reached over HTTP (http:// or https://) or started by the client over stdio.</source>
        <translation>MCP-Server werden über HTTP (http:// oder https://) erreicht oder vom Client über stdio gestartet.</translation>
    </message>
    <message>
        <source>The MCP handshake was not tried: the server never answered HTTP</source>
        <translation>Der MCP-Handshake wurde nicht versucht: Der Server hat nie HTTP geantwortet</translation>
    </message>
    <message>
        <source>The MCP handshake was not tried: the server speaks %1, not HTTP</source>
        <translation>Der MCP-Handshake wurde nicht versucht: Der Server spricht %1, nicht HTTP</translation>
    </message>
    <message>
        <source>MCP over HTTP needs an HTTP server at this address; the protocol step says what answers instead.</source>
        <translation>MCP über HTTP braucht einen HTTP-Server unter dieser Adresse; der Protokoll-Schritt sagt, was stattdessen antwortet.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>PortStep</name>
    <message>
        <source>Port %1 is a valid port</source>
        <translation>Port %1 ist ein gültiger Port</translation>
    </message>
    <message>
        <source>%1 is a port a server can use and a client can connect to.</source>
        <translation>%1 ist ein Port, den ein Server benutzen und mit dem sich ein Client verbinden kann.</translation>
    </message>
    <message>
        <source>Use port %1 (something listens there now)</source>
        <translation>Port %1 verwenden (dort lauscht gerade etwas)</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>Port %1 doesn&apos;t exist: ports can&apos;t be negative</source>
        <translation>Port %1 gibt es nicht: Ports können nicht negativ sein</translation>
    </message>
    <message>
        <source>Port %1 doesn&apos;t exist: ports go up to 65535</source>
        <translation>Port %1 gibt es nicht: Ports gehen bis 65535</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 that picks which program on a computer you talk to. %1 is outside that range, so nothing can listen on it: it is most likely a typo.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535, die auswählt, mit welchem Programm auf einem Computer Sie sprechen. %1 liegt außerhalb dieses Bereichs, daher kann nichts darauf lauschen: Höchstwahrscheinlich ist es ein Tippfehler.</translation>
    </message>
    <message>
        <source>A server is listening on port %1 right now: that is probably the one you meant.</source>
        <translation>Auf Port %1 lauscht gerade ein Server: Das ist wahrscheinlich der, den Sie meinten.</translation>
    </message>
    <message>
        <source>Check the port in the address you were given.</source>
        <translation>Prüfen Sie den Port in der Adresse, die Sie bekommen haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number</source>
        <translation>&quot;%1&quot; ist keine Portnummer</translation>
    </message>
    <message>
        <source>A port is written with digits only, from 1 to 65535, as in localhost:3000.</source>
        <translation>Ein Port wird nur mit Ziffern geschrieben, von 1 bis 65535, wie in localhost:3000.</translation>
    </message>
    <message>
        <source>Port 0 can&apos;t be connected to</source>
        <translation>Mit Port 0 kann man sich nicht verbinden</translation>
    </message>
    <message>
        <source>Port 0 tells a server &quot;pick any free port&quot;; nothing ever listens on port 0 itself. Look in the server&apos;s output for the port it really chose.</source>
        <translation>Port 0 sagt einem Server &quot;nimm irgendeinen freien Port&quot;; auf Port 0 selbst lauscht nie etwas. Suchen Sie in der Ausgabe des Servers nach dem Port, den er wirklich gewählt hat.</translation>
    </message>
    <message>
        <source>No port given: using %1, the default for %2</source>
        <translation>Kein Port angegeben: %1 wird verwendet, der Standard für %2</translation>
    </message>
    <message>
        <source>Without a port, %1 addresses use port %2. Development servers usually use another port, such as 3000 or 8080: add it after a colon, as in localhost:3000.</source>
        <translation>Ohne Port benutzen %1-Adressen Port %2. Entwicklungsserver benutzen meist einen anderen Port, etwa 3000 oder 8080: Fügen Sie ihn nach einem Doppelpunkt an, wie in localhost:3000.</translation>
    </message>
    <message>
        <source>No port given</source>
        <translation>Kein Port angegeben</translation>
    </message>
    <message>
        <source>%1 addresses have no default port: add one after a colon, as in localhost:3000.</source>
        <translation>%1-Adressen haben keinen Standardport: Fügen Sie einen nach einem Doppelpunkt an, wie in localhost:3000.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights to serve on</source>
        <translation>Für einen Server auf Port %1 braucht man Administratorrechte</translation>
    </message>
    <message>
        <source>Port %1 is a privileged port</source>
        <translation>Port %1 ist ein privilegierter Port</translation>
    </message>
    <message>
        <source>On this system only administrators can start a server on ports below %1. Connecting to it is fine; a development server normally uses a higher port.</source>
        <translation>Auf diesem System dürfen nur Administratoren einen Server auf Ports unter %1 starten. Sich damit zu verbinden ist in Ordnung; ein Entwicklungsserver benutzt normalerweise einen höheren Port.</translation>
    </message>
    <message>
        <source>Use port %1 instead</source>
        <translation>Stattdessen Port %1 verwenden</translation>
    </message>
    <message>
        <source>Port %1 is in the range used for outgoing connections</source>
        <translation>Port %1 liegt im Bereich für ausgehende Verbindungen</translation>
    </message>
    <message>
        <source>The system hands out ports %1 to %2 to programs making outgoing connections. A server can use one, but may now and then find it taken; a port below %1 is safer.</source>
        <translation>Das System vergibt die Ports %1 bis %2 an Programme, die ausgehende Verbindungen aufbauen. Ein Server kann einen davon benutzen, findet ihn aber ab und zu belegt; ein Port unter %1 ist sicherer.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; can&apos;t be found</source>
        <translation>Der Name &quot;%1&quot; wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The computer could not turn &quot;%1&quot; into an address (%2).</source>
        <translation>Der Computer konnte &quot;%1&quot; nicht in eine Adresse umwandeln (%2).</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>%1 is another computer, not this one</source>
        <translation>%1 ist ein anderer Computer, nicht dieser</translation>
    </message>
    <message>
        <source>This tool can look inside this computer only. For %1 it checks whether a connection can be made, but can&apos;t see which program answers.</source>
        <translation>Dieses Werkzeug kann nur in diesen Computer hineinsehen. Für %1 prüft es, ob eine Verbindung möglich ist, kann aber nicht sehen, welches Programm antwortet.</translation>
    </message>
    <message>
        <source>&quot;localhost&quot; doesn&apos;t point at this computer</source>
        <translation>&quot;localhost&quot; zeigt nicht auf diesen Computer</translation>
    </message>
    <message>
        <source>Line %1 of %2 maps localhost to %3, which is not this computer. localhost must map to 127.0.0.1 and ::1 only. Fix that line (it needs administrator rights).</source>
        <translation>Zeile %1 von %2 ordnet localhost %3 zu, was nicht dieser Computer ist. localhost darf nur auf 127.0.0.1 und ::1 zeigen. Korrigieren Sie diese Zeile (das erfordert Administratorrechte).</translation>
    </message>
    <message>
        <source>%1 has no line for localhost, so programs that read it can&apos;t find this computer by that name. Add the lines &quot;127.0.0.1 localhost&quot; and &quot;::1 localhost&quot; (it needs administrator rights).</source>
        <translation>%1 hat keine Zeile für localhost, daher finden Programme, die die Datei lesen, diesen Computer nicht unter diesem Namen. Fügen Sie die Zeilen &quot;127.0.0.1 localhost&quot; und &quot;::1 localhost&quot; hinzu (das erfordert Administratorrechte).</translation>
    </message>
    <message>
        <source>The resolver turns localhost into an address that is not this computer. Check %1 and your DNS settings.</source>
        <translation>Der Resolver wandelt localhost in eine Adresse um, die nicht dieser Computer ist. Prüfen Sie %1 und Ihre DNS-Einstellungen.</translation>
    </message>
</context>
<context>
    <name>ProcessStopper</name>
    <message>
        <source>Send SIGTERM to %1 (pid %2)</source>
        <translation>SIGTERM an %1 (PID %2) senden</translation>
    </message>
    <message>
        <source>Send SIGTERM to %1 (pid %2): %3</source>
        <translation>SIGTERM an %1 (PID %2) senden: %3</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>the process</source>
        <translation>der Prozess</translation>
    </message>
    <message>
        <source>%1 is no longer running.</source>
        <translation>%1 läuft nicht mehr.</translation>
    </message>
    <message>
        <source>%1 has stopped.</source>
        <translation>%1 wurde beendet.</translation>
    </message>
    <message>
        <source>%1 did not stop when asked, so it was killed.</source>
        <translation>%1 hat sich auf Bitten nicht beendet und wurde daher zwangsweise beendet.</translation>
    </message>
    <message>
        <source>%1 is still running %2 seconds after being asked to stop. Try again with the option to kill it, or stop it from its own window.</source>
        <translation>%1 läuft %2 Sekunden nach der Aufforderung immer noch. Versuchen Sie es erneut mit der Option, ihn zwangsweise zu beenden, oder beenden Sie ihn in seinem eigenen Fenster.</translation>
    </message>
    <message>
        <source>%1 was not stopped: it is the system&apos;s first process.</source>
        <translation>%1 wurde nicht beendet: Es ist der erste Prozess des Systems.</translation>
    </message>
    <message>
        <source>%1 was not stopped: it is Localhost Doctor itself.</source>
        <translation>%1 wurde nicht beendet: Es ist Localhost Doctor selbst.</translation>
    </message>
    <message>
        <source>%1 was not stopped: it belongs to the user %2. Only that user, or an administrator (sudo), can stop it.</source>
        <translation>%1 wurde nicht beendet: Er gehört dem Benutzer %2. Nur dieser Benutzer oder ein Administrator (sudo) kann ihn beenden.</translation>
    </message>
    <message>
        <source>%1 was not stopped: %2</source>
        <translation>%1 wurde nicht beendet: %2</translation>
    </message>
    <message>
        <source>Pid %1 now belongs to a different process, so nothing was stopped. Run the check again to see what holds the port now.</source>
        <translation>PID %1 gehört jetzt zu einem anderen Prozess, daher wurde nichts beendet. Führen Sie die Prüfung erneut aus, um zu sehen, was den Port jetzt belegt.</translation>
    </message>
    <message>
        <source>%1 could not be stopped: %2</source>
        <translation>%1 konnte nicht beendet werden: %2</translation>
    </message>
</context>
<context>
    <name>ProtocolStep</name>
    <message>
        <source>The server answers HTTPS (%1)</source>
        <translation>Der Server antwortet mit HTTPS (%1)</translation>
    </message>
    <message>
        <source>The server answers HTTP (%1)</source>
        <translation>Der Server antwortet mit HTTP (%1)</translation>
    </message>
    <message>
        <source>A web server answered %1 with &quot;%2&quot;.</source>
        <translation>Ein Webserver hat %1 mit &quot;%2&quot; beantwortet.</translation>
    </message>
    <message>
        <source>It calls itself &quot;%1&quot;.</source>
        <translation>Er nennt sich &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It redirects to %1.</source>
        <translation>Er leitet weiter nach %1.</translation>
    </message>
    <message>
        <source>That status is normal for an API endpoint asked with a plain GET.</source>
        <translation>Dieser Status ist normal für einen API-Endpunkt, der mit einem einfachen GET abgefragt wird.</translation>
    </message>
    <message>
        <source>/health did not answer in time.</source>
        <translation>/health hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>It has no /health endpoint (404), which is fine if you don&apos;t expect one.</source>
        <translation>Er hat keinen /health-Endpunkt (404), was in Ordnung ist, wenn Sie keinen erwarten.</translation>
    </message>
    <message>
        <source>/health answered %1.</source>
        <translation>/health hat %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answers, but has nothing at %1 (%2)</source>
        <translation>Der Server antwortet, hat aber nichts unter %1 (%2)</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>The right server is probably running, but the path is wrong: none of %1 answered either. Check the address in your client against the routes your server defines.</source>
        <translation>Wahrscheinlich läuft der richtige Server, aber der Pfad ist falsch: Auch keiner von %1 hat geantwortet. Vergleichen Sie die Adresse in Ihrem Client mit den Routen, die Ihr Server definiert.</translation>
    </message>
    <message>
        <source>The right server is probably running, but the path is wrong. These paths answer: %1. MCP servers usually listen on /mcp (or /sse for the older transport).</source>
        <translation>Wahrscheinlich läuft der richtige Server, aber der Pfad ist falsch. Diese Pfade antworten: %1. MCP-Server lauschen meist auf /mcp (oder /sse für das ältere Verfahren).</translation>
    </message>
    <message>
        <source>The server wants you to sign in (%1)</source>
        <translation>Der Server möchte, dass Sie sich anmelden (%1)</translation>
    </message>
    <message>
        <source>The server refuses access (%1)</source>
        <translation>Der Server verweigert den Zugriff (%1)</translation>
    </message>
    <message>
        <source>The server is running and reachable, but this request needs credentials.</source>
        <translation>Der Server läuft und ist erreichbar, aber diese Anfrage braucht Zugangsdaten.</translation>
    </message>
    <message>
        <source>It did not say which kind.</source>
        <translation>Er hat nicht gesagt, welche Art.</translation>
    </message>
    <message>
        <source>It asks for: %1.</source>
        <translation>Er verlangt: %1.</translation>
    </message>
    <message>
        <source>Add the token or sign in (for MCP servers: the client&apos;s OAuth login, or an Authorization header in its config).</source>
        <translation>Fügen Sie das Token hinzu oder melden Sie sich an (bei MCP-Servern: die OAuth-Anmeldung des Clients oder ein Authorization-Header in seiner Konfiguration).</translation>
    </message>
    <message>
        <source>The server failed while answering (%1)</source>
        <translation>Der Server ist beim Antworten gescheitert (%1)</translation>
    </message>
    <message>
        <source>The server is running but hit an error of its own. Its console or log says why; the network is fine.</source>
        <translation>Der Server läuft, hatte aber einen eigenen Fehler. Seine Konsole oder sein Protokoll sagt, warum; das Netzwerk ist in Ordnung.</translation>
    </message>
    <message>
        <source>The server refused the request (%1)</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1)</translation>
    </message>
    <message>
        <source>The server is running and reachable, but did not accept this request. Check the path and what the server expects.</source>
        <translation>Der Server läuft und ist erreichbar, hat diese Anfrage aber nicht angenommen. Prüfen Sie den Pfad und was der Server erwartet.</translation>
    </message>
    <message>
        <source>The server speaks HTTPS, but the address says http://</source>
        <translation>Der Server spricht HTTPS, aber die Adresse sagt http://</translation>
    </message>
    <message>
        <source>The service on port %1 only talks over an encrypted (TLS) connection, so plain http:// requests fail. Open %2 instead.</source>
        <translation>Der Dienst auf Port %1 spricht nur über eine verschlüsselte (TLS-)Verbindung, daher scheitern einfache http://-Anfragen. Öffnen Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>The server speaks plain HTTP, but the address says https://</source>
        <translation>Der Server spricht einfaches HTTP, aber die Adresse sagt https://</translation>
    </message>
    <message>
        <source>The service on port %1 is not encrypted, so an https:// client can&apos;t complete its TLS handshake. Open %2 instead, or turn on TLS in the server.</source>
        <translation>Der Dienst auf Port %1 ist nicht verschlüsselt, daher kann ein https://-Client seinen TLS-Handshake nicht abschließen. Öffnen Sie stattdessen %2 oder schalten Sie TLS im Server ein.</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>The certificate is self-signed (issued by %1 to itself), so no client trusts it on its own. For local development, let a tool such as mkcert create a local certificate authority that this computer trusts (&quot;mkcert -install&quot;), then issue the server&apos;s certificate with it (&quot;mkcert localhost 127.0.0.1 ::1&quot;).</source>
        <translation>Das Zertifikat ist selbstsigniert (von %1 an sich selbst ausgestellt), daher vertraut ihm kein Client von sich aus. Lassen Sie für die lokale Entwicklung ein Werkzeug wie mkcert eine lokale Zertifizierungsstelle anlegen, der dieser Computer vertraut (&quot;mkcert -install&quot;), und stellen Sie damit das Zertifikat des Servers aus (&quot;mkcert localhost 127.0.0.1 ::1&quot;).</translation>
    </message>
    <message>
        <source>from an untrusted authority</source>
        <translation>von einer nicht vertrauenswürdigen Stelle</translation>
    </message>
    <message>
        <source>The certificate was issued by %1, an authority this computer does not trust. If it is your local CA (mkcert, a company CA), install it: &quot;mkcert -install&quot; or your system&apos;s certificate store.</source>
        <translation>Das Zertifikat wurde von %1 ausgestellt, einer Stelle, der dieser Computer nicht vertraut. Wenn es Ihre lokale Zertifizierungsstelle ist (mkcert, eine Firmen-CA), installieren Sie sie: &quot;mkcert -install&quot; oder der Zertifikatsspeicher Ihres Systems.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>It expired on %1. Renew or regenerate the certificate and restart the server.</source>
        <translation>Es ist am %1 abgelaufen. Erneuern oder erzeugen Sie das Zertifikat neu und starten Sie den Server neu.</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>It is valid only from %1: check this computer&apos;s clock, or regenerate the certificate.</source>
        <translation>Es ist erst ab %1 gültig: Prüfen Sie die Uhr dieses Computers oder erzeugen Sie das Zertifikat neu.</translation>
    </message>
    <message>
        <source>for another name</source>
        <translation>für einen anderen Namen</translation>
    </message>
    <message>
        <source>It is made for %1, not for %2. Use a name the certificate covers, or make a certificate that includes %2.</source>
        <translation>Es ist für %1 ausgestellt, nicht für %2. Verwenden Sie einen Namen, den das Zertifikat abdeckt, oder erstellen Sie ein Zertifikat, das %2 einschließt.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The TLS library says: %1.</source>
        <translation>Die TLS-Bibliothek sagt: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is %1</source>
        <translation>Das Zertifikat des Servers ist %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Clients that check certificates (browsers, curl, Node, Python) will refuse this connection.</source>
        <translation>Clients, die Zertifikate prüfen (Browser, curl, Node, Python), werden diese Verbindung ablehnen.</translation>
    </message>
    <message>
        <source>The server speaks TLS, but the handshake fails</source>
        <translation>Der Server spricht TLS, aber der Handshake scheitert</translation>
    </message>
    <message>
        <source>Port %1 answers in TLS, yet no secure connection could be agreed (%2). The server may allow only old TLS versions, want a client certificate, or be misconfigured: its log says which.</source>
        <translation>Port %1 antwortet mit TLS, doch es ließ sich keine sichere Verbindung aushandeln (%2). Der Server erlaubt vielleicht nur alte TLS-Versionen, verlangt ein Client-Zertifikat oder ist falsch eingerichtet: Sein Protokoll sagt, was davon.</translation>
    </message>
    <message>
        <source>Port %1 speaks %2, not HTTP</source>
        <translation>Port %1 spricht %2, nicht HTTP</translation>
    </message>
    <message>
        <source>Something answers on this port, but it is not a web server: it is %1.</source>
        <translation>Auf diesem Port antwortet etwas, aber es ist kein Webserver: Es ist %1.</translation>
    </message>
    <message>
        <source>Something answers on this port, but it is not a web server: it is %1 (it said &quot;%2&quot;).</source>
        <translation>Auf diesem Port antwortet etwas, aber es ist kein Webserver: Es ist %1 (es sagte &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Port %1 usually belongs to %2.</source>
        <translation>Port %1 gehört üblicherweise zu %2.</translation>
    </message>
    <message>
        <source>Check the port number: your web server probably listens on another port, or this program took the port you meant for it.</source>
        <translation>Prüfen Sie die Portnummer: Ihr Webserver lauscht wahrscheinlich auf einem anderen Port, oder dieses Programm hat den Port belegt, den Sie für ihn vorgesehen hatten.</translation>
    </message>
    <message>
        <source>The connection failed when checking the protocol</source>
        <translation>Die Verbindung ist bei der Prüfung des Protokolls gescheitert</translation>
    </message>
    <message>
        <source>The port accepted a connection a moment ago but not now (%1). The server may have stopped or be restarting.</source>
        <translation>Der Port hat eben noch eine Verbindung angenommen, jetzt nicht mehr (%1). Der Server wurde vielleicht beendet oder startet neu.</translation>
    </message>
    <message>
        <source>The server answers too slowly</source>
        <translation>Der Server antwortet zu langsam</translation>
    </message>
    <message>
        <source>It started to answer (&quot;%1&quot;) but had not finished within %2 ms. The server is overloaded, stuck in a long task, or sends its reply a little at a time.</source>
        <translation>Er hat angefangen zu antworten (&quot;%1&quot;), war aber nach %2 ms nicht fertig. Der Server ist überlastet, hängt in einer langen Aufgabe oder sendet seine Antwort stückweise.</translation>
    </message>
    <message>
        <source>The server closes the connection without answering</source>
        <translation>Der Server schließt die Verbindung, ohne zu antworten</translation>
    </message>
    <message>
        <source>Port %1 accepts connections, then hangs up without a word, whether asked in HTTP, TLS or a database protocol. The program may reject this client, or speak a protocol this tool doesn&apos;t know.</source>
        <translation>Port %1 nimmt Verbindungen an und legt dann wortlos auf, ob in HTTP, TLS oder einem Datenbankprotokoll gefragt. Das Programm weist diesen Client vielleicht ab oder spricht ein Protokoll, das dieses Werkzeug nicht kennt.</translation>
    </message>
    <message>
        <source>The server accepts connections but never answers</source>
        <translation>Der Server nimmt Verbindungen an, antwortet aber nie</translation>
    </message>
    <message>
        <source>Port %1 accepted the connection, then sent nothing within %2 ms. The program may be hung or busy (a breakpoint, an endless loop), or it waits for a protocol other than %3.</source>
        <translation>Port %1 hat die Verbindung angenommen und dann %2 ms lang nichts gesendet. Das Programm hängt vielleicht oder ist beschäftigt (ein Haltepunkt, eine Endlosschleife), oder es wartet auf ein anderes Protokoll als %3.</translation>
    </message>
    <message>
        <source>nothing until spoken to</source>
        <translation>nichts, bis man es anspricht</translation>
    </message>
    <message>
        <source>Port %1 speaks %2</source>
        <translation>Port %1 spricht %2</translation>
    </message>
    <message>
        <source>The address gives no protocol, so this is what answered an HTTP request.</source>
        <translation>Die Adresse nennt kein Protokoll, daher ist das die Antwort auf eine HTTP-Anfrage.</translation>
    </message>
</context>
<context>
    <name>ProxyStep</name>
    <message>
        <source>No proxy is set</source>
        <translation>Kein Proxy ist eingestellt</translation>
    </message>
    <message>
        <source>A proxy is a middle-man server that some networks put between your programs and the web. None is set here: no proxy variables such as HTTP_PROXY, and the system proxy settings send %1 directly. Programs reach your server without a detour.</source>
        <translation>Ein Proxy ist ein Vermittlungsserver, den manche Netzwerke zwischen Ihre Programme und das Web schalten. Hier ist keiner eingestellt: keine Proxy-Variablen wie HTTP_PROXY, und die System-Proxy-Einstellungen schicken %1 direkt. Programme erreichen Ihren Server ohne Umweg.</translation>
    </message>
    <message>
        <source>A proxy is set, but %1 goes around it</source>
        <translation>Ein Proxy ist eingestellt, aber %1 geht daran vorbei</translation>
    </message>
    <message>
        <source>A proxy is a middle-man server that some networks put between your programs and the web. One is set here (%1), but every program this tool knows how to check (curl, wget, Python, Node, Go) connects to %2 directly, so the proxy does not get in the way.</source>
        <translation>Ein Proxy ist ein Vermittlungsserver, den manche Netzwerke zwischen Ihre Programme und das Web schalten. Hier ist einer eingestellt (%1), aber jedes Programm, das dieses Werkzeug prüfen kann (curl, wget, Python, Node, Go), verbindet sich direkt mit %2, daher stört der Proxy nicht.</translation>
    </message>
    <message>
        <source>Requests to %1 go through a proxy</source>
        <translation>Anfragen an %1 gehen über einen Proxy</translation>
    </message>
    <message>
        <source>A proxy is a middle-man server that some networks put between your programs and the web. %1 is not on this computer, so going through the proxy is usually right, as long as the proxy can reach it. These programs would use it:</source>
        <translation>Ein Proxy ist ein Vermittlungsserver, den manche Netzwerke zwischen Ihre Programme und das Web schalten. %1 liegt nicht auf diesem Computer, daher ist der Weg über den Proxy meist richtig, solange der Proxy es erreicht. Diese Programme würden ihn benutzen:</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>• %1: fails with &quot;Invalid URL&quot; before sending anything, because %2 is set and the address is an IPv6 one</source>
        <translation>• %1: scheitert mit &quot;Invalid URL&quot;, bevor etwas gesendet wird, weil %2 gesetzt ist und die Adresse eine IPv6-Adresse ist</translation>
    </message>
    <message>
        <source>• %1: refuses the proxy in %2 and fails, because REQUEST_METHOD is set</source>
        <translation>• %1: lehnt den Proxy in %2 ab und scheitert, weil REQUEST_METHOD gesetzt ist</translation>
    </message>
    <message>
        <source>• %1: through %2 (set by %3)</source>
        <translation>• %1: über %2 (gesetzt durch %3)</translation>
    </message>
    <message>
        <source>• programs that follow the system proxy settings: through %1:%2</source>
        <translation>• Programme, die den System-Proxy-Einstellungen folgen: über %1:%2</translation>
    </message>
    <message>
        <source>A program would send %1 to a proxy instead of this computer</source>
        <translation>Ein Programm würde %1 an einen Proxy statt an diesen Computer senden</translation>
    </message>
    <message>
        <source>%1 programs would send %2 to a proxy instead of this computer</source>
        <translation>%1 Programme würden %2 an einen Proxy statt an diesen Computer senden</translation>
    </message>
    <message>
        <source>A proxy is a middle-man server that some networks put between your programs and the web. One is set here, and these programs would hand requests for %1 to it instead of connecting to your server on this computer. The proxy cannot see your server, so they get an error or a page from the proxy even while the server runs fine:</source>
        <translation>Ein Proxy ist ein Vermittlungsserver, den manche Netzwerke zwischen Ihre Programme und das Web schalten. Hier ist einer eingestellt, und diese Programme würden Anfragen an %1 ihm übergeben, statt sich mit Ihrem Server auf diesem Computer zu verbinden. Der Proxy kann Ihren Server nicht sehen, daher bekommen sie einen Fehler oder eine Seite des Proxys, selbst wenn der Server einwandfrei läuft:</translation>
    </message>
    <message>
        <source>To fix it, tell these programs to skip the proxy for local addresses. Run this line in the terminal you start them from (or add it to your shell profile, such as ~/.bashrc or ~/.zshrc), then restart them:</source>
        <translation>Zur Behebung sagen Sie diesen Programmen, den Proxy für lokale Adressen zu umgehen. Führen Sie diese Zeile in dem Terminal aus, aus dem Sie sie starten (oder fügen Sie sie Ihrem Shell-Profil hinzu, etwa ~/.bashrc oder ~/.zshrc), und starten Sie sie dann neu:</translation>
    </message>
    <message>
        <source>Programs that follow the system proxy settings ignore that line: add localhost, 127.0.0.1 and ::1 to the proxy exceptions (the bypass list) in your system&apos;s network settings.</source>
        <translation>Programme, die den System-Proxy-Einstellungen folgen, ignorieren diese Zeile: Fügen Sie localhost, 127.0.0.1 und ::1 zu den Proxy-Ausnahmen (der Umgehungsliste) in den Netzwerkeinstellungen Ihres Systems hinzu.</translation>
    </message>
    <message>
        <source>This tool&apos;s own checks are not affected: it never uses a proxy for local addresses.</source>
        <translation>Die eigenen Prüfungen dieses Werkzeugs sind nicht betroffen: Es benutzt für lokale Adressen nie einen Proxy.</translation>
    </message>
    <message>
        <source>Copy the NO_PROXY line</source>
        <translation>Die NO_PROXY-Zeile kopieren</translation>
    </message>
    <message>
        <source>The value holds both ::1 and [::1] because some programs compare the address with its brackets and some without.</source>
        <translation>Der Wert enthält sowohl ::1 als auch [::1], weil manche Programme die Adresse mit ihren Klammern vergleichen und manche ohne.</translation>
    </message>
    <message>
        <source>No value makes %1 connect to an IPv6 address like %2 directly: write localhost or 127.0.0.1 in the address for these programs instead.</source>
        <translation>Kein Wert bringt %1 dazu, sich direkt mit einer IPv6-Adresse wie %2 zu verbinden: Schreiben Sie für diese Programme stattdessen localhost oder 127.0.0.1 in die Adresse.</translation>
    </message>
    <message>
        <source>global-agent even fails with &quot;Invalid URL&quot; for such an address once its NO_PROXY variable is set.</source>
        <translation>global-agent scheitert bei einer solchen Adresse sogar mit &quot;Invalid URL&quot;, sobald seine NO_PROXY-Variable gesetzt ist.</translation>
    </message>
    <message>
        <source>With this value, an address written as [::1] (IPv6) would still go through the proxy in %1, which compare it with its brackets; add [::1] to the list too if you use that form.</source>
        <translation>Mit diesem Wert ginge eine als [::1] (IPv6) geschriebene Adresse in %1 weiterhin über den Proxy, da sie sie mit ihren Klammern vergleichen; fügen Sie auch [::1] zur Liste hinzu, wenn Sie diese Form benutzen.</translation>
    </message>
    <message>
        <source>No value helps %1 with an IPv6 address like [::1]: use localhost or 127.0.0.1 there.</source>
        <translation>Kein Wert hilft %1 bei einer IPv6-Adresse wie [::1]: Verwenden Sie dort localhost oder 127.0.0.1.</translation>
    </message>
    <message>
        <source>Qt, which this tool is built on, never sends localhost, localhost.* or loopback addresses (127.x.x.x, ::1) to a proxy, whatever the settings say, so this tool&apos;s own checks are immune; the programs listed here are not.</source>
        <translation>Qt, auf dem dieses Werkzeug aufbaut, schickt localhost, localhost.* und Loopback-Adressen (127.x.x.x, ::1) nie an einen Proxy, was auch immer eingestellt ist; die eigenen Prüfungen dieses Werkzeugs sind daher nicht betroffen, die hier aufgeführten Programme schon.</translation>
    </message>
</context>
<context>
    <name>QuickCheck</name>
    <message>
        <source>Claude Desktop&apos;s config no longer has a server called &quot;%1&quot;.</source>
        <translation>Die Konfiguration von Claude Desktop hat keinen Server namens &quot;%1&quot; mehr.</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; did not complete the handshake.</source>
        <translation>Der MCP-Server &quot;%1&quot; hat den Handshake nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port that can be connected to.</source>
        <translation>&quot;%1&quot; ist kein Port, mit dem man sich verbinden kann.</translation>
    </message>
    <message>
        <source>The name %1 doesn&apos;t resolve to any address.</source>
        <translation>Der Name %1 lässt sich in keine Adresse auflösen.</translation>
    </message>
    <message>
        <source>Something accepts connections on %1.</source>
        <translation>Auf %1 nimmt etwas Verbindungen an.</translation>
    </message>
    <message>
        <source>%1 speaks plain HTTP, not HTTPS: use http:// instead.</source>
        <translation>%1 spricht einfaches HTTP, nicht HTTPS: Verwenden Sie stattdessen http://.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>Can&apos;t connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens on %1.</source>
        <translation>Verbindung abgewiesen: Auf %1 lauscht nichts.</translation>
    </message>
    <message>
        <source>%1 accepts connections but closes them without answering.</source>
        <translation>%1 nimmt Verbindungen an, schließt sie aber, ohne zu antworten.</translation>
    </message>
    <message>
        <source>%1 speaks TLS: use https:// instead of http://.</source>
        <translation>%1 spricht TLS: Verwenden Sie https:// statt http://.</translation>
    </message>
    <message>
        <source>%1 answers, but not in HTTP.</source>
        <translation>%1 antwortet, aber nicht in HTTP.</translation>
    </message>
    <message>
        <source>%1 answers, but speaks %2, not HTTP.</source>
        <translation>%1 antwortet, spricht aber %2, nicht HTTP.</translation>
    </message>
    <message>
        <source>%1 started to answer but stopped halfway.</source>
        <translation>%1 hat angefangen zu antworten, aber mittendrin aufgehört.</translation>
    </message>
    <message>
        <source>%1 answers %2.</source>
        <translation>%1 antwortet %2.</translation>
    </message>
    <message>
        <source>%1 answers %2: the server runs, but not this page.</source>
        <translation>%1 antwortet %2: Der Server läuft, aber nicht diese Seite.</translation>
    </message>
    <message>
        <source>Server error: %1 answers %2.</source>
        <translation>Serverfehler: %1 antwortet %2.</translation>
    </message>
    <message>
        <source>The MCP server at %1 asks for authorisation (HTTP %2).</source>
        <translation>Der MCP-Server unter %1 verlangt eine Anmeldung (HTTP %2).</translation>
    </message>
    <message>
        <source>The MCP server at %1 answers (it expects server/discover).</source>
        <translation>Der MCP-Server unter %1 antwortet (er erwartet server/discover).</translation>
    </message>
    <message>
        <source>Server error: the MCP server at %1 answers HTTP %2.</source>
        <translation>Serverfehler: Der MCP-Server unter %1 antwortet mit HTTP %2.</translation>
    </message>
    <message>
        <source>No MCP server at %1: it answers HTTP %2.</source>
        <translation>Kein MCP-Server unter %1: Er antwortet mit HTTP %2.</translation>
    </message>
    <message>
        <source>The MCP server at %1 answers and announces its message endpoint.</source>
        <translation>Der MCP-Server unter %1 antwortet und kündigt seinen Nachrichten-Endpunkt an.</translation>
    </message>
    <message>
        <source>%1 answers, but not as an MCP server over SSE.</source>
        <translation>%1 antwortet, aber nicht als MCP-Server über SSE.</translation>
    </message>
    <message>
        <source>The MCP server at %1 answers initialize.</source>
        <translation>Der MCP-Server unter %1 beantwortet initialize.</translation>
    </message>
    <message>
        <source>The MCP server %1 %2 answers at %3.</source>
        <translation>Der MCP-Server %1 %2 antwortet unter %3.</translation>
    </message>
    <message>
        <source>The MCP server at %1 refuses initialize: %2</source>
        <translation>Der MCP-Server unter %1 lehnt initialize ab: %2</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2, but not with an MCP reply.</source>
        <translation>%1 antwortet mit HTTP %2, aber nicht mit einer MCP-Antwort.</translation>
    </message>
    <message>
        <source>Looking up %1 took longer than %2 ms.</source>
        <translation>Das Nachschlagen von %1 hat länger als %2 ms gedauert.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms: connecting timed out (a firewall may drop it).</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms: Der Verbindungsaufbau lief in eine Zeitüberschreitung (vielleicht verwirft eine Firewall ihn).</translation>
    </message>
    <message>
        <source>%1 accepts connections, but the TLS handshake didn&apos;t finish within %2 ms.</source>
        <translation>%1 nimmt Verbindungen an, aber der TLS-Handshake war nach %2 ms nicht fertig.</translation>
    </message>
    <message>
        <source>%1 accepts connections but didn&apos;t answer within %2 ms.</source>
        <translation>%1 nimmt Verbindungen an, hat aber innerhalb von %2 ms nicht geantwortet.</translation>
    </message>
    <message>
        <source>The MCP server at %1 didn&apos;t answer initialize within %2 ms.</source>
        <translation>Der MCP-Server unter %1 hat initialize nicht innerhalb von %2 ms beantwortet.</translation>
    </message>
    <message>
        <source>%1 answers, but browsers would refuse its certificate: %2</source>
        <translation>%1 antwortet, aber Browser würden sein Zertifikat ablehnen: %2</translation>
    </message>
    <message>
        <source>%1 answers, but slowly: %2 ms (more than %3 ms).</source>
        <translation>%1 antwortet, aber langsam: %2 ms (mehr als %3 ms).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Nothing wrong found: %1 answers.</source>
        <translation>Nichts Falsches gefunden: %1 antwortet.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Checked %1 (%2) in %3 ms</source>
        <translation>%1 (%2) in %3 ms geprüft</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Run with --verbose to see the evidence behind each step.</source>
        <translation>Führen Sie den Befehl mit --verbose aus, um die Belege hinter jedem Schritt zu sehen.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>No problem found</source>
        <translation>Kein Problem gefunden</translation>
    </message>
    <message>
        <source>A problem was found</source>
        <translation>Ein Problem wurde gefunden</translation>
    </message>
    <message>
        <source>Something needs a look</source>
        <translation>Etwas sollte man sich ansehen</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source># Localhost Doctor report for %1</source>
        <translation># Localhost-Doctor-Bericht für %1</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Was als Nächstes zu tun ist:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>_Made by Localhost Doctor %1 in %2 ms._</source>
        <translation>_Erstellt von Localhost Doctor %1 in %2 ms._</translation>
    </message>
    <message>
        <source>Localhost Doctor report for %1</source>
        <translation>Localhost-Doctor-Bericht für %1</translation>
    </message>
    <message>
        <source>Made by Localhost Doctor %1.</source>
        <translation>Erstellt von Localhost Doctor %1.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Localhost Doctor report: %1</source>
        <translation>Localhost-Doctor-Bericht: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Fixes:</source>
        <translation>Korrekturen:</translation>
    </message>
    <message>
        <source>Made by %1 %2 in %3 ms.</source>
        <translation>Erstellt von %1 %2 in %3 ms.</translation>
    </message>
</context>
<context>
    <name>ScreenshotWalker</name>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The wizard did not go on from page %1</source>
        <translation>Der Assistent ist von Seite %1 nicht weitergegangen</translation>
    </message>
    <message>
        <source>The wizard never reached the summary</source>
        <translation>Der Assistent hat die Zusammenfassung nie erreicht</translation>
    </message>
</context>
<context>
    <name>ServerStep</name>
    <message>
        <source>a program of user %1</source>
        <translation>ein Programm des Benutzers %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>%1 is listening on port %2</source>
        <translation>%1 lauscht auf Port %2</translation>
    </message>
    <message>
        <source>A program is waiting for connections on %1:%2.</source>
        <translation>Ein Programm wartet auf Verbindungen an %1:%2.</translation>
    </message>
    <message>
        <source>It was started as: %1</source>
        <translation>Es wurde so gestartet: %1</translation>
    </message>
    <message>
        <source>%1 is listening but not answering: it looks hung</source>
        <translation>%1 lauscht, antwortet aber nicht: Es scheint zu hängen</translation>
    </message>
    <message>
        <source>%1 connections are waiting to be picked up and its queue holds only %2, so new connections are dropped. The program is running but stuck or overloaded: look at its output, then restart it.</source>
        <translation>%1 Verbindungen warten darauf, angenommen zu werden, und seine Warteschlange fasst nur %2, daher werden neue Verbindungen verworfen. Das Programm läuft, hängt aber oder ist überlastet: Sehen Sie sich seine Ausgabe an und starten Sie es dann neu.</translation>
    </message>
    <message>
        <source>Stop %1 (pid %2) so it can be restarted</source>
        <translation>%1 (PID %2) beenden, damit es neu gestartet werden kann</translation>
    </message>
    <message>
        <source>Ask %1 (pid %2) to quit: %3</source>
        <translation>%1 (PID %2) bitten, sich zu beenden: %3</translation>
    </message>
    <message>
        <source>The server listens on %1, but %2 means %3</source>
        <translation>Der Server lauscht auf %1, aber %2 bedeutet %3</translation>
    </message>
    <message>
        <source>There are two kinds of local address: IPv4 (127.0.0.1) and IPv6 (::1). The server listens on one kind and the address you used leads to the other. Use %1 in the address, or start the server on both (for example on &quot;localhost&quot; or &quot;::&quot;).</source>
        <translation>Es gibt zwei Arten lokaler Adressen: IPv4 (127.0.0.1) und IPv6 (::1). Der Server lauscht auf der einen Art, und die Adresse, die Sie benutzt haben, führt zur anderen. Verwenden Sie %1 in der Adresse oder starten Sie den Server auf beiden (zum Beispiel auf &quot;localhost&quot; oder &quot;::&quot;).</translation>
    </message>
    <message>
        <source>The server listens only on %1, not on this computer&apos;s local address</source>
        <translation>Der Server lauscht nur auf %1, nicht auf der lokalen Adresse dieses Computers</translation>
    </message>
    <message>
        <source>%1 accepts connections sent to %2 only (one network card), so &quot;%3&quot; can&apos;t reach it. Use %4, or start the server on 127.0.0.1 or 0.0.0.0 (all addresses).</source>
        <translation>%1 nimmt nur Verbindungen an %2 an (eine Netzwerkkarte), daher kann &quot;%3&quot; ihn nicht erreichen. Verwenden Sie %4 oder starten Sie den Server auf 127.0.0.1 oder 0.0.0.0 (alle Adressen).</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>%1 means %2 too, but the server listens only on %3</source>
        <translation>%1 bedeutet auch %2, aber der Server lauscht nur auf %3</translation>
    </message>
    <message>
        <source>The system gives %1 first for &quot;%2&quot;, and nothing listens there. Browsers fall back to %3, but many clients (Node.js 17 and newer, some MCP clients) try only the first address and report &quot;connection refused&quot;. Use %4 in the address, or start the server on both addresses (for example on &quot;::&quot;).</source>
        <translation>Das System liefert für &quot;%2&quot; zuerst %1, und dort lauscht nichts. Browser weichen auf %3 aus, aber viele Clients (Node.js 17 und neuer, manche MCP-Clients) versuchen nur die erste Adresse und melden &quot;connection refused&quot;. Verwenden Sie %4 in der Adresse oder starten Sie den Server auf beiden Adressen (zum Beispiel auf &quot;::&quot;).</translation>
    </message>
    <message>
        <source>Clients that pick %1 for &quot;%2&quot; will be refused. Use %3 in the address, or start the server on both addresses.</source>
        <translation>Clients, die für &quot;%2&quot; %1 wählen, werden abgewiesen. Verwenden Sie %3 in der Adresse oder starten Sie den Server auf beiden Adressen.</translation>
    </message>
    <message>
        <source>The program on port %1 can&apos;t be identified</source>
        <translation>Das Programm auf Port %1 kann nicht ermittelt werden</translation>
    </message>
    <message>
        <source>It belongs to another user (%1, uid %2), and the system doesn&apos;t show other users&apos; programs. To see it, run: sudo localhost-doctor listeners --port %3</source>
        <translation>Es gehört einem anderen Benutzer (%1, UID %2), und das System zeigt keine Programme anderer Benutzer. Um es zu sehen, führen Sie aus: sudo localhost-doctor listeners --port %3</translation>
    </message>
    <message>
        <source>No process on this system holds it: it may be inside a container (Docker, Podman) or another namespace, or owned by the kernel. To look, run: sudo ss -ltnp &apos;sport = :%1&apos;</source>
        <translation>Kein Prozess auf diesem System belegt ihn: Er liegt vielleicht in einem Container (Docker, Podman) oder einem anderen Namensraum oder gehört dem Kernel. Zum Nachsehen führen Sie aus: sudo ss -ltnp &apos;sport = :%1&apos;</translation>
    </message>
    <message>
        <source>Nothing is listening on port %1</source>
        <translation>Auf Port %1 lauscht nichts</translation>
    </message>
    <message>
        <source>No program is waiting for connections on port %1, but %2 listens on port %3: is that your server?</source>
        <translation>Kein Programm wartet auf Verbindungen an Port %1, aber %2 lauscht auf Port %3: Ist das Ihr Server?</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>No program is waiting for connections on port %1. Start your server, and check in its output which port it really uses.</source>
        <translation>Kein Programm wartet auf Verbindungen an Port %1. Starten Sie Ihren Server und prüfen Sie in seiner Ausgabe, welchen Port er wirklich benutzt.</translation>
    </message>
    <message>
        <source>Something does listen for UDP on port %1, but browsers and most clients use TCP.</source>
        <translation>Auf Port %1 lauscht zwar etwas auf UDP, aber Browser und die meisten Clients benutzen TCP.</translation>
    </message>
    <message>
        <source>Use port %1 (%2 listens there)</source>
        <translation>Port %1 verwenden (dort lauscht %2)</translation>
    </message>
    <message>
        <source>Use port %1 (something listens there)</source>
        <translation>Port %1 verwenden (dort lauscht etwas)</translation>
    </message>
    <message>
        <source>%1 accepts connections on port %2</source>
        <translation>%1 nimmt Verbindungen auf Port %2 an</translation>
    </message>
    <message>
        <source>A connection to %1 succeeded. It is another computer, so the program behind it can&apos;t be shown.</source>
        <translation>Eine Verbindung zu %1 ist gelungen. Es ist ein anderer Computer, daher kann das Programm dahinter nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>Nothing is listening on port %1 at %2</source>
        <translation>Auf Port %1 lauscht nichts an %2</translation>
    </message>
    <message>
        <source>%1 can&apos;t be reached on port %2</source>
        <translation>%1 ist auf Port %2 nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 refused the connection: no program waits on that port there.</source>
        <translation>%1 hat die Verbindung abgewiesen: Dort wartet kein Programm auf diesem Port.</translation>
    </message>
    <message>
        <source>The connection got no answer. The computer may be off, or a firewall on the way drops the connection.</source>
        <translation>Die Verbindung bekam keine Antwort. Der Computer ist vielleicht aus, oder eine Firewall auf dem Weg verwirft die Verbindung.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>SMTP (mail)</source>
        <translation>SMTP (E-Mail)</translation>
    </message>
    <message>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <source>FTP or SMTP (mail)</source>
        <translation>FTP oder SMTP (E-Mail)</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL oder MariaDB</translation>
    </message>
    <message>
        <source>POP3 (mail)</source>
        <translation>POP3 (E-Mail)</translation>
    </message>
    <message>
        <source>IMAP (mail)</source>
        <translation>IMAP (E-Mail)</translation>
    </message>
    <message>
        <source>VNC (remote desktop)</source>
        <translation>VNC (Fernzugriff)</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>an unknown protocol</source>
        <translation>ein unbekanntes Protokoll</translation>
    </message>
</context>
<context>
    <name>StdioChannel</name>
    <message>
        <source>The MCP server&apos;s command could not be started</source>
        <translation>Der Befehl des MCP-Servers konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Starting &quot;%1&quot; failed: %2. Claude Desktop fails the same way (its log says &quot;spawn ... ENOENT&quot; or &quot;EACCES&quot;). Check that the command exists, is executable, and is written as a full path in the config.</source>
        <translation>Das Starten von &quot;%1&quot; ist gescheitert: %2. Claude Desktop scheitert genauso (sein Protokoll sagt &quot;spawn ... ENOENT&quot; oder &quot;EACCES&quot;). Prüfen Sie, ob der Befehl existiert, ausführbar ist und in der Konfiguration als vollständiger Pfad steht.</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>The MCP server exited before the handshake finished (%1)</source>
        <translation>Der MCP-Server hat sich beendet, bevor der Handshake fertig war (%1)</translation>
    </message>
    <message>
        <source>Claude Desktop starts it the same way and then shows &quot;Server disconnected&quot;. The last lines it wrote on stderr usually say why: a missing module or file, a missing API key in &quot;env&quot;, a wrong Node.js or Python version. Run the same command in a terminal to see the whole message.</source>
        <translation>Claude Desktop startet ihn genauso und zeigt dann &quot;Server disconnected&quot;. Die letzten Zeilen, die er auf stderr geschrieben hat, sagen meist, warum: ein fehlendes Modul oder eine fehlende Datei, ein fehlender API-Schlüssel in &quot;env&quot;, eine falsche Node.js- oder Python-Version. Führen Sie denselben Befehl in einem Terminal aus, um die ganze Meldung zu sehen.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Er sagte: %1</translation>
    </message>
    <message>
        <source>The MCP server flooded stdout with output that is not MCP</source>
        <translation>Der MCP-Server hat stdout mit Ausgaben überflutet, die kein MCP sind</translation>
    </message>
    <message>
        <source>The MCP server printed something that is not MCP on stdout</source>
        <translation>Der MCP-Server hat auf stdout etwas ausgegeben, das kein MCP ist</translation>
    </message>
    <message>
        <source>stdout is reserved for JSON-RPC messages, one per line. Claude Desktop reads every line as one, fails on this one and logs a parse error (&quot;Unexpected token&quot;): &quot;%1&quot;. Typical causes: a startup banner, console.log or print calls, a progress bar from npx or pip. Write logs to stderr instead (console.error in Node.js, print(..., file=sys.stderr) or logging in Python), or use the server&apos;s quiet option.</source>
        <translation>stdout ist für JSON-RPC-Nachrichten reserviert, eine pro Zeile. Claude Desktop liest jede Zeile als eine Nachricht, scheitert an dieser und protokolliert einen Parse-Fehler (&quot;Unexpected token&quot;): &quot;%1&quot;. Typische Ursachen: ein Startbanner, console.log- oder print-Aufrufe, ein Fortschrittsbalken von npx oder pip. Schreiben Sie Protokolle stattdessen nach stderr (console.error in Node.js, print(..., file=sys.stderr) oder logging in Python) oder benutzen Sie die Leise-Option des Servers.</translation>
    </message>
    <message>
        <source>It wrote more than %1 MB without a valid answer, so it was stopped.</source>
        <translation>Er hat mehr als %1 MB ohne gültige Antwort geschrieben und wurde daher gestoppt.</translation>
    </message>
    <message>
        <source>The MCP server sent more than %1 MB before answering</source>
        <translation>Der MCP-Server hat mehr als %1 MB gesendet, bevor er antwortete</translation>
    </message>
    <message>
        <source>Its messages were valid, but far too many: it was stopped before the handshake finished. Claude Desktop struggles the same way. Look for a loop sending notifications or log messages at start.</source>
        <translation>Seine Nachrichten waren gültig, aber viel zu viele: Er wurde gestoppt, bevor der Handshake fertig war. Claude Desktop hat damit dieselben Probleme. Suchen Sie nach einer Schleife, die beim Start Benachrichtigungen oder Protokollmeldungen sendet.</translation>
    </message>
    <message>
        <source>The MCP server wrote %1 MB of logs on stderr while starting</source>
        <translation>Der MCP-Server hat beim Start %1 MB Protokoll auf stderr geschrieben</translation>
    </message>
    <message>
        <source>That much logging is not an error, but Claude Desktop copies all of it into its mcp-server-NAME.log, which then grows fast, and it slows the server down. Lower the server&apos;s log level (often an env entry such as LOG_LEVEL or DEBUG).</source>
        <translation>So viel Protokoll ist kein Fehler, aber Claude Desktop kopiert alles in seine mcp-server-NAME.log, die dann schnell wächst, und es bremst den Server. Senken Sie die Protokollstufe des Servers (oft ein env-Eintrag wie LOG_LEVEL oder DEBUG).</translation>
    </message>
</context>
<context>
    <name>StdioShutdown</name>
    <message>
        <source>The MCP server kept running after its input closed and had to be killed</source>
        <translation>Der MCP-Server lief weiter, nachdem seine Eingabe geschlossen war, und musste zwangsweise beendet werden</translation>
    </message>
    <message>
        <source>It ignored both the end of its input and a polite termination request. Claude Desktop kills it too when it quits, but a server like this can leave processes (and the ports or files they hold) behind.</source>
        <translation>Er hat sowohl das Ende seiner Eingabe als auch eine höfliche Aufforderung zum Beenden ignoriert. Claude Desktop beendet ihn beim Schließen ebenfalls zwangsweise, aber ein solcher Server kann Prozesse (und die Ports oder Dateien, die sie belegen) zurücklassen.</translation>
    </message>
</context>
<context>
    <name>StepRegistry</name>
    <message>
        <source>Verify port</source>
        <translation>Port prüfen</translation>
    </message>
    <message>
        <source>Is the port a real port?</source>
        <translation>Ist der Port ein echter Port?</translation>
    </message>
    <message>
        <source>A port is the number after the colon; it picks which program you talk to.</source>
        <translation>Ein Port ist die Zahl nach dem Doppelpunkt; sie wählt, mit welchem Programm Sie sprechen.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Is the server running</source>
        <translation>Läuft der Server</translation>
    </message>
    <message>
        <source>Is the server running?</source>
        <translation>Läuft der Server?</translation>
    </message>
    <message>
        <source>Something has to be listening on the port for the address to open.</source>
        <translation>Auf dem Port muss etwas lauschen, damit sich die Adresse öffnet.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Is a firewall in the way?</source>
        <translation>Steht eine Firewall im Weg?</translation>
    </message>
    <message>
        <source>A firewall can silently drop or refuse connections, even on this computer.</source>
        <translation>Eine Firewall kann Verbindungen stillschweigend verwerfen oder abweisen, sogar auf diesem Computer.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Is another program on the port?</source>
        <translation>Belegt ein anderes Programm den Port?</translation>
    </message>
    <message>
        <source>Two programs can&apos;t use the same port; a leftover one often holds it.</source>
        <translation>Zwei Programme können nicht denselben Port benutzen; oft belegt ihn ein übrig gebliebenes.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Does it speak the expected language?</source>
        <translation>Spricht er die erwartete Sprache?</translation>
    </message>
    <message>
        <source>Browsers and apps expect web traffic (HTTP or HTTPS) on the port.</source>
        <translation>Browser und Apps erwarten auf dem Port Webverkehr (HTTP oder HTTPS).</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Is a proxy in the way?</source>
        <translation>Steht ein Proxy im Weg?</translation>
    </message>
    <message>
        <source>A proxy setting can send even local traffic somewhere else.</source>
        <translation>Eine Proxy-Einstellung kann sogar lokalen Verkehr woandershin schicken.</translation>
    </message>
    <message>
        <source>MCP handshake</source>
        <translation>MCP-Handshake</translation>
    </message>
    <message>
        <source>Does the MCP server answer?</source>
        <translation>Antwortet der MCP-Server?</translation>
    </message>
    <message>
        <source>MCP is how AI apps talk to tools; the server must answer their greeting.</source>
        <translation>Über MCP sprechen KI-Apps mit Werkzeugen; der Server muss auf ihre Begrüßung antworten.</translation>
    </message>
    <message>
        <source>MCP</source>
        <translation>MCP</translation>
    </message>
    <message>
        <source>MCP config</source>
        <translation>MCP-Konfiguration</translation>
    </message>
    <message>
        <source>Is the MCP config readable?</source>
        <translation>Ist die MCP-Konfiguration lesbar?</translation>
    </message>
    <message>
        <source>An MCP client reads its servers from its config file.</source>
        <translation>Ein MCP-Client liest seine Server aus seiner Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>The address is empty. Type what you tried to open, for example localhost:3000.</source>
        <translation>Die Adresse ist leer. Geben Sie ein, was Sie öffnen wollten, zum Beispiel localhost:3000.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character (U+%1) at position %2. Type it again by hand instead of pasting it.</source>
        <translation>Die Adresse enthält an Position %2 ein unsichtbares Steuerzeichen (U+%1). Tippen Sie sie von Hand neu, statt sie einzufügen.</translation>
    </message>
    <message>
        <source>The address contains a space at position %1. Remove it.</source>
        <translation>Die Adresse enthält an Position %1 ein Leerzeichen. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>&quot;%1://&quot; is not a kind of address this tool can check. Use one of: %2.</source>
        <translation>&quot;%1://&quot; ist keine Art von Adresse, die dieses Werkzeug prüfen kann. Verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The IPv6 address is missing its closing &quot;]&quot;. Write it like [::1]:8080.</source>
        <translation>Der IPv6-Adresse fehlt die schließende &quot;]&quot;. Schreiben Sie sie wie [::1]:8080.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; inside the brackets is not an IPv6 address. Write it like [::1]:8080.</source>
        <translation>&quot;%1&quot; in den Klammern ist keine IPv6-Adresse. Schreiben Sie sie wie [::1]:8080.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; after the IPv6 address. Write it like [::1]:8080.</source>
        <translation>Unerwartetes &quot;%1&quot; nach der IPv6-Adresse. Schreiben Sie sie wie [::1]:8080.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IPv6 address. Put it in brackets and add the port, like [%1]:8080.</source>
        <translation>&quot;%1&quot; sieht aus wie eine IPv6-Adresse. Setzen Sie sie in Klammern und fügen Sie den Port an, wie [%1]:8080.</translation>
    </message>
    <message>
        <source>The address has more than one port (%1). Keep only one, like localhost:%2.</source>
        <translation>Die Adresse hat mehr als einen Port (%1). Behalten Sie nur einen, wie localhost:%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be part of a host name (position %2). Use a name like localhost or an address like 127.0.0.1.</source>
        <translation>&quot;%1&quot; kann nicht Teil eines Hostnamens sein (Position %2). Verwenden Sie einen Namen wie localhost oder eine Adresse wie 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem gefunden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>TrayCommand</name>
    <message>
        <source>Not checked: this endpoint is paused.</source>
        <translation>Nicht geprüft: Dieser Endpunkt ist pausiert.</translation>
    </message>
    <message>
        <source>No endpoints are watched. Add one with: localhost-doctor tray --add api=localhost:3000</source>
        <translation>Es werden keine Endpunkte überwacht. Fügen Sie einen hinzu mit: localhost-doctor tray --add api=localhost:3000</translation>
    </message>
    <message>
        <source>localhost-doctor: the tray needs a display.</source>
        <translation>localhost-doctor: Das Tray-Symbol braucht eine Anzeige.</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Kein Infobereich</translation>
    </message>
    <message>
        <source>Localhost Doctor can&apos;t show its icon: this desktop has no system tray (notification area). You can still diagnose an address in the wizard.</source>
        <translation>Localhost Doctor kann sein Symbol nicht zeigen: Diese Arbeitsumgebung hat keinen Infobereich (System-Tray). Sie können eine Adresse trotzdem im Assistenten diagnostizieren.</translation>
    </message>
    <message>
        <source>Open the wizard</source>
        <translation>Den Assistenten öffnen</translation>
    </message>
    <message>
        <source>Watches your local servers from the system tray and says when one goes down. Without options it shows the tray icon.</source>
        <translation>Überwacht Ihre lokalen Server aus dem Infobereich und meldet, wenn einer ausfällt. Ohne Optionen zeigt es das Tray-Symbol.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Watch TARGET under NAME (replaces one of that name).</source>
        <translation>ZIEL unter NAME überwachen (ersetzt einen gleichnamigen).</translation>
    </message>
    <message>
        <source>With --add: seconds between checks (default 60).</source>
        <translation>Mit --add: Sekunden zwischen den Prüfungen (Standard 60).</translation>
    </message>
    <message>
        <source>Stop watching NAME.</source>
        <translation>NAME nicht mehr überwachen.</translation>
    </message>
    <message>
        <source>Watch the MCP servers of Claude Desktop&apos;s config (a bridge&apos;s URL, or the server itself, started every few minutes).</source>
        <translation>Die MCP-Server der Claude-Desktop-Konfiguration überwachen (die URL einer Brücke oder den Server selbst, alle paar Minuten gestartet).</translation>
    </message>
    <message>
        <source>With --import-claude: the config to read.</source>
        <translation>Mit --import-claude: die zu lesende Konfiguration.</translation>
    </message>
    <message>
        <source>List the watched endpoints.</source>
        <translation>Die überwachten Endpunkte auflisten.</translation>
    </message>
    <message>
        <source>Check every endpoint once and print the states; exit 0 when all are up, else 1.</source>
        <translation>Jeden Endpunkt einmal prüfen und die Zustände ausgeben; Exit-Status 0, wenn alle erreichbar sind, sonst 1.</translation>
    </message>
    <message>
        <source>With --once or --list: print JSON.</source>
        <translation>Mit --once oder --list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>How long each check may take (default 3000); slower than 1000 ms is degraded.</source>
        <translation>Wie lange jede Prüfung dauern darf (Standard 3000); langsamer als 1000 ms gilt als beeinträchtigt.</translation>
    </message>
    <message>
        <source>Log to the terminal.</source>
        <translation>Im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>tray takes no target; use --add NAME=TARGET.</source>
        <translation>tray nimmt kein Ziel; verwenden Sie --add NAME=ZIEL.</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number from 1 to 600000.</source>
        <translation>--timeout-ms muss eine ganze Zahl von 1 bis 600000 sein.</translation>
    </message>
    <message>
        <source>--add needs NAME=TARGET, for example api=localhost:3000; got &quot;%1&quot;.</source>
        <translation>--add braucht NAME=ZIEL, zum Beispiel api=localhost:3000; erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No endpoint is called &quot;%1&quot;.</source>
        <translation>Kein Endpunkt heißt &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) imported from Claude Desktop&apos;s config.</source>
        <translation>
            <numerusform>%n Endpunkt aus der Konfiguration von Claude Desktop importiert.</numerusform>
            <numerusform>%n Endpunkte aus der Konfiguration von Claude Desktop importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; (launched)</source>
        <translation>MCP-Server &quot;%1&quot; (gestartet)</translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>jede Sekunde</numerusform>
            <numerusform>alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(pausiert)</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Watches your local servers from the tray</source>
        <translation>Überwacht Ihre lokalen Server aus dem Infobereich</translation>
    </message>
</context>
<context>
    <name>WizardCommand</name>
    <message>
        <source>localhost-doctor: the wizard needs a display.</source>
        <translation>localhost-doctor: Der Assistent braucht eine Anzeige.</translation>
    </message>
    <message>
        <source>Opens the wizard that finds out why an address can&apos;t be reached.</source>
        <translation>Öffnet den Assistenten, der herausfindet, warum eine Adresse nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>What you tried to open, such as localhost:3000; the wizard starts on it.</source>
        <translation>Was Sie öffnen wollten, etwa localhost:3000; der Assistent beginnt damit.</translation>
    </message>
    <message>
        <source>connect: &quot;I can&apos;t reach it&quot; (default); serve: &quot;my server won&apos;t start, the port is taken&quot;.</source>
        <translation>connect: &quot;Ich erreiche es nicht&quot; (Standard); serve: &quot;Mein Server startet nicht, der Port ist belegt&quot;.</translation>
    </message>
    <message>
        <source>Start on the Claude Desktop MCP path.</source>
        <translation>Mit dem MCP-Weg von Claude Desktop beginnen.</translation>
    </message>
    <message>
        <source>The Claude Desktop config to check (MCP path).</source>
        <translation>Die zu prüfende Claude-Desktop-Konfiguration (MCP-Weg).</translation>
    </message>
    <message>
        <source>How long to wait for each connection (default 1500).</source>
        <translation>Wie lange auf jede Verbindung gewartet wird (Standard 1500).</translation>
    </message>
    <message>
        <source>Walk every page without input, save one PNG per page into DIR, and exit.</source>
        <translation>Jede Seite ohne Eingabe durchgehen, je Seite ein PNG in VERZEICHNIS speichern und beenden.</translation>
    </message>
    <message>
        <source>Use a dark palette (for screenshots and checking dark mode).</source>
        <translation>Eine dunkle Farbpalette verwenden (für Bildschirmfotos und zum Prüfen des dunklen Modus).</translation>
    </message>
    <message>
        <source>Use a light palette.</source>
        <translation>Eine helle Farbpalette verwenden.</translation>
    </message>
    <message>
        <source>Log to the terminal.</source>
        <translation>Im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>wizard takes one target; got %1: %2</source>
        <translation>wizard nimmt ein Ziel; erhalten: %1: %2</translation>
    </message>
    <message>
        <source>--intent must be connect or serve, not &quot;%1&quot;.</source>
        <translation>--intent muss connect oder serve sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number from 1 to 600000.</source>
        <translation>--timeout-ms muss eine ganze Zahl von 1 bis 600000 sein.</translation>
    </message>
</context>
<context>
    <name>ld::platform</name>
    <message>
        <source>a link-local address needs an interface (%scope)</source>
        <translation>eine Link-Local-Adresse braucht eine Schnittstelle (%scope)</translation>
    </message>
</context>
<context>
    <name>ld::ui::BundleDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export diagnostic bundle</source>
        <translation>Diagnosepaket exportieren</translation>
    </message>
    <message>
        <source>Collecting what support needs… Secrets (keys, tokens, passwords) are replaced by placeholders before anything is saved, and your home folder is shown as ~. Check each file below: the preview shows exactly what will be saved, with the replaced parts highlighted. Nothing is uploaded.</source>
        <translation>Es wird gesammelt, was der Support braucht… Geheimnisse (Schlüssel, Tokens, Passwörter) werden durch Platzhalter ersetzt, bevor etwas gespeichert wird, und Ihr Home-Ordner erscheint als ~. Prüfen Sie jede Datei unten: Die Vorschau zeigt genau, was gespeichert wird, mit hervorgehobenen ersetzten Stellen. Nichts wird hochgeladen.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Dateien im Paket</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Preview of the selected file, as it will be saved</source>
        <translation>Vorschau der ausgewählten Datei, so wie sie gespeichert wird</translation>
    </message>
    <message>
        <source>Where the bundle will be saved</source>
        <translation>Wo das Paket gespeichert wird</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Wählen, wo das Paket gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Save bundle</source>
        <translation>Paket &amp;speichern</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Das Paket speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Secrets (keys, tokens, passwords) were replaced by placeholders such as &lt;secret-3:sk&gt;; the same secret has the same placeholder everywhere. Your home folder is shown as ~ and your user name as &lt;user&gt;. Select a file to see exactly what will be saved; untick a file to leave it out. Nothing is uploaded.</source>
        <translation>Geheimnisse (Schlüssel, Tokens, Passwörter) wurden durch Platzhalter wie &lt;secret-3:sk&gt; ersetzt; dasselbe Geheimnis hat überall denselben Platzhalter. Ihr Home-Ordner erscheint als ~ und Ihr Benutzername als &lt;user&gt;. Wählen Sie eine Datei, um genau zu sehen, was gespeichert wird; entfernen Sie das Häkchen, um sie wegzulassen. Nichts wird hochgeladen.</translation>
    </message>
    <message>
        <source>%1 (always included)</source>
        <translation>%1 (immer enthalten)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <translation>Ersetzt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 before compression.</source>
        <translation>
            <numerusform>%n Datei, %1 vor der Komprimierung.</numerusform>
            <numerusform>%n Dateien, %1 vor der Komprimierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the diagnostic bundle</source>
        <translation>Das Diagnosepaket speichern</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Die Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new bundle?</source>
        <translation>%1 existiert bereits. Durch das neue Paket ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>ld::ui::DoctorWizard</name>
    <message>
        <source>Localhost Doctor</source>
        <translation>Localhost Doctor</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Finish and close</source>
        <translation>Fertig und schließen</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>Den Assistenten schließen</translation>
    </message>
</context>
<context>
    <name>ld::ui::EndpointEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Watched addresses</source>
        <translation>Überwachte Adressen</translation>
    </message>
    <message>
        <source>The tray checks these addresses in the background and tells you when one stops answering. The interval is in seconds.</source>
        <translation>Der Infobereich prüft diese Adressen im Hintergrund und sagt Ihnen, wenn eine nicht mehr antwortet. Das Intervall ist in Sekunden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation>Intervall (s)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Problem with the addresses</source>
        <translation>Problem mit den Adressen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>&amp;Import from Claude Desktop</source>
        <translation>Aus Claude Desktop &amp;importieren</translation>
    </message>
    <message>
        <source>Adds the MCP servers of Claude Desktop&apos;s config: a bridge&apos;s URL is checked like any address, a local server is started and asked to shake hands every few minutes.</source>
        <translation>Fügt die MCP-Server der Claude-Desktop-Konfiguration hinzu: Die URL einer Brücke wird wie jede Adresse geprüft, ein lokaler Server wird alle paar Minuten gestartet und um einen Handshake gebeten.</translation>
    </message>
    <message>
        <source>The MCP server of this name in Claude Desktop&apos;s config: it is started and asked to shake hands.</source>
        <translation>Der MCP-Server dieses Namens in der Konfiguration von Claude Desktop: Er wird gestartet und um einen Handshake gebeten.</translation>
    </message>
    <message>
        <source>Claude Desktop</source>
        <translation>Claude Desktop</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>No MCP servers were found in Claude Desktop&apos;s config.</source>
        <translation>In der Konfiguration von Claude Desktop wurden keine MCP-Server gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) added from Claude Desktop&apos;s config.</source>
        <translation>
            <numerusform>%n Server aus der Konfiguration von Claude Desktop hinzugefügt.</numerusform>
            <numerusform>%n Server aus der Konfiguration von Claude Desktop hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ld::ui::EvidenceView</name>
    <message>
        <source>Details: the evidence behind this step</source>
        <translation>Details: die Belege hinter diesem Schritt</translation>
    </message>
</context>
<context>
    <name>ld::ui::FindingView</name>
    <message>
        <source>The wizard can&apos;t do this yet; the details say how to do it by hand.</source>
        <translation>Das kann der Assistent noch nicht; die Details sagen, wie es von Hand geht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ld::ui::FindingsPanel</name>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Show details: the evidence behind this check</source>
        <translation>Details anzeigen: die Belege hinter dieser Prüfung</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
</context>
<context>
    <name>ld::ui::FixMessageBar</name>
    <message>
        <source>&amp;Undo the change</source>
        <translation>Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the change to the config</source>
        <translation>Die Änderung an der Konfiguration rückgängig machen</translation>
    </message>
</context>
<context>
    <name>ld::ui::FixRunner</name>
    <message>
        <source>Copied port %1 to the clipboard. Start your server on it, for example with PORT=%1.</source>
        <translation>Port %1 wurde in die Zwischenablage kopiert. Starten Sie Ihren Server darauf, zum Beispiel mit PORT=%1.</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to the clipboard. Add it to your shell profile (such as ~/.profile) and open a new terminal.</source>
        <translation>&quot;%1&quot; wurde in die Zwischenablage kopiert. Fügen Sie es Ihrem Shell-Profil hinzu (etwa ~/.profile) und öffnen Sie ein neues Terminal.</translation>
    </message>
    <message>
        <source>Checking %1 instead.</source>
        <translation>Stattdessen wird %1 geprüft.</translation>
    </message>
    <message>
        <source>This fix can&apos;t be done from here yet: %1</source>
        <translation>Diese Korrektur ist von hier aus noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>This process can&apos;t be identified any more.</source>
        <translation>Dieser Prozess lässt sich nicht mehr eindeutig bestimmen.</translation>
    </message>
    <message>
        <source>(its command line can&apos;t be read)</source>
        <translation>(seine Befehlszeile kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Stop %1?</source>
        <translation>%1 beenden?</translation>
    </message>
    <message>
        <source>Stop %1 (process %2)? It is asked to quit; unsaved work in it may be lost.</source>
        <translation>%1 (Prozess %2) beenden? Er wird gebeten, sich zu beenden; ungesicherte Arbeit darin kann verloren gehen.</translation>
    </message>
    <message>
        <source>&amp;Stop %1</source>
        <translation>%1 &amp;beenden</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Befehlszeile: %1</translation>
    </message>
    <message>
        <source>Nothing was stopped.</source>
        <translation>Es wurde nichts beendet.</translation>
    </message>
    <message>
        <source>Stopping %1 (process %2)…</source>
        <translation>%1 (Prozess %2) wird beendet…</translation>
    </message>
    <message>
        <source>Change the Claude Desktop config?</source>
        <translation>Die Claude-Desktop-Konfiguration ändern?</translation>
    </message>
    <message>
        <source>This changes %1 as shown below. A backup of the file is kept, and you can undo the change.</source>
        <translation>Dies ändert %1 wie unten gezeigt. Eine Sicherungskopie der Datei wird aufbewahrt, und Sie können die Änderung rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Change the config</source>
        <translation>Konfiguration &amp;ändern</translation>
    </message>
    <message>
        <source>The config was not changed.</source>
        <translation>Die Konfiguration wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Changed the config; the old one is saved as %1. %2</source>
        <translation>Die Konfiguration wurde geändert; die alte ist als %1 gespeichert. %2</translation>
    </message>
    <message>
        <source>Undone: the config is back as it was.</source>
        <translation>Rückgängig gemacht: Die Konfiguration ist wieder wie vorher.</translation>
    </message>
</context>
<context>
    <name>ld::ui::McpConfigPage</name>
    <message>
        <source>Reading the config…</source>
        <translation>Die Konfiguration wird gelesen…</translation>
    </message>
    <message>
        <source>Reading Claude Desktop&apos;s config…</source>
        <translation>Die Konfiguration von Claude Desktop wird gelesen…</translation>
    </message>
    <message>
        <source>Config file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
</context>
<context>
    <name>ld::ui::McpServersPage</name>
    <message>
        <source>Starting each server and greeting it…</source>
        <translation>Jeder Server wird gestartet und begrüßt…</translation>
    </message>
    <message>
        <source>Does each MCP server answer?</source>
        <translation>Antwortet jeder MCP-Server?</translation>
    </message>
    <message>
        <source>Each server is started the way Claude Desktop starts it and greeted; no tool is called.</source>
        <translation>Jeder Server wird so gestartet, wie Claude Desktop ihn startet, und begrüßt; kein Werkzeug wird aufgerufen.</translation>
    </message>
    <message>
        <source>MCP servers and their state</source>
        <translation>MCP-Server und ihr Zustand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Reading the config…</source>
        <translation>Die Konfiguration wird gelesen…</translation>
    </message>
    <message>
        <source>The config lists no MCP server to check.</source>
        <translation>Die Konfiguration nennt keinen MCP-Server zum Prüfen.</translation>
    </message>
    <message>
        <source>Starting and greeting the servers…</source>
        <translation>Die Server werden gestartet und begrüßt…</translation>
    </message>
</context>
<context>
    <name>ld::ui::StartPage</name>
    <message>
        <source>I &amp;can&apos;t open an address</source>
        <translation>Ich kann eine Adresse nicht &amp;öffnen</translation>
    </message>
    <message>
        <source>My &amp;server won&apos;t start: the port is in use</source>
        <translation>Mein &amp;Server startet nicht: Der Port ist belegt</translation>
    </message>
    <message>
        <source>Claude &amp;Desktop can&apos;t use an MCP server</source>
        <translation>Claude &amp;Desktop kann einen MCP-Server nicht benutzen</translation>
    </message>
    <message>
        <source>&amp;Address you tried:</source>
        <translation>&amp;Adresse, die Sie versucht haben:</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Was ist los?</translation>
    </message>
    <message>
        <source>Pick what happened and type the address; the next pages check it step by step.</source>
        <translation>Wählen Sie, was passiert ist, und geben Sie die Adresse ein; die nächsten Seiten prüfen sie Schritt für Schritt.</translation>
    </message>
    <message>
        <source>I can&apos;t open an address</source>
        <translation>Ich kann eine Adresse nicht öffnen</translation>
    </message>
    <message>
        <source>My server won&apos;t start: the port is in use</source>
        <translation>Mein Server startet nicht: Der Port ist belegt</translation>
    </message>
    <message>
        <source>Claude Desktop can&apos;t use an MCP server</source>
        <translation>Claude Desktop kann einen MCP-Server nicht benutzen</translation>
    </message>
    <message>
        <source>localhost:3000</source>
        <translation>localhost:3000</translation>
    </message>
    <message>
        <source>Address you tried</source>
        <translation>Adresse, die Sie versucht haben</translation>
    </message>
    <message>
        <source>For example localhost:3000 or http://localhost:3000/mcp</source>
        <translation>Zum Beispiel localhost:3000 oder http://localhost:3000/mcp</translation>
    </message>
    <message>
        <source>Clear the address</source>
        <translation>Die Adresse löschen</translation>
    </message>
    <message>
        <source>Examples of addresses</source>
        <translation>Beispiele für Adressen</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>Localhost Doctor reads Claude Desktop&apos;s config (claude_desktop_config.json), checks every MCP server it lists, and greets each one the way Claude Desktop does. Nothing is changed without asking you.</source>
        <translation>Localhost Doctor liest die Konfiguration von Claude Desktop (claude_desktop_config.json), prüft jeden MCP-Server, den sie nennt, und begrüßt jeden so, wie Claude Desktop es tut. Nichts wird geändert, ohne Sie zu fragen.</translation>
    </message>
    <message>
        <source>&amp;Address or port your server should use:</source>
        <translation>&amp;Adresse oder Port, den Ihr Server benutzen soll:</translation>
    </message>
    <message>
        <source>Type the address you tried to open, or just its port number.</source>
        <translation>Geben Sie die Adresse ein, die Sie öffnen wollten, oder nur ihre Portnummer.</translation>
    </message>
    <message>
        <source>(at character %1)</source>
        <translation>(bei Zeichen %1)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>You can go on: the first step looks for the right port.</source>
        <translation>Sie können weitermachen: Der erste Schritt sucht den richtigen Port.</translation>
    </message>
    <message>
        <source>Port %1 doesn&apos;t exist: ports can&apos;t be negative.</source>
        <translation>Port %1 gibt es nicht: Ports können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Port %1 doesn&apos;t exist: ports go from 1 to 65535.</source>
        <translation>Port %1 gibt es nicht: Ports gehen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: a port is a number from 1 to 65535.</source>
        <translation>&quot;%1&quot; ist kein Port: Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Port 0 means &quot;any free port&quot; to a server; nothing listens on port 0 itself.</source>
        <translation>Port 0 bedeutet für einen Server &quot;irgendein freier Port&quot;; auf Port 0 selbst lauscht nichts.</translation>
    </message>
    <message>
        <source>No port given: %1 uses port %2 by default. Will check %3.</source>
        <translation>Kein Port angegeben: %1 benutzt standardmäßig Port %2. Geprüft wird %3.</translation>
    </message>
    <message>
        <source>No port given: add one after a colon, as in localhost:3000.</source>
        <translation>Kein Port angegeben: Fügen Sie einen nach einem Doppelpunkt an, wie in localhost:3000.</translation>
    </message>
    <message>
        <source>Will check %1 (port %2 on %3).</source>
        <translation>Geprüft wird %1 (Port %2 auf %3).</translation>
    </message>
</context>
<context>
    <name>ld::ui::StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>ld::ui::StepPage</name>
    <message>
        <source>C&amp;ancel check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking, please wait</source>
        <translation>Wird geprüft, bitte warten</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>What this step found</source>
        <translation>Was dieser Schritt gefunden hat</translation>
    </message>
    <message>
        <source>Show details: the evidence behind this step</source>
        <translation>Details anzeigen: die Belege hinter diesem Schritt</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled before this step ran. Use &quot;Check again&quot; to run it.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor dieser Schritt lief. Mit &quot;Erneut prüfen&quot; führen Sie ihn aus.</translation>
    </message>
    <message>
        <source>This step did not run for this address.</source>
        <translation>Dieser Schritt lief für diese Adresse nicht.</translation>
    </message>
    <message>
        <source>Nothing to check here for this address.</source>
        <translation>Für diese Adresse gibt es hier nichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ld::ui::SummaryPage</name>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Export diagnostic &amp;bundle…</source>
        <translation>Diagnose&amp;paket exportieren…</translation>
    </message>
    <message>
        <source>&amp;Keep an eye on this address</source>
        <translation>Diese Adresse im &amp;Blick behalten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Every step at a glance, and what to do next.</source>
        <translation>Jeder Schritt auf einen Blick und was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Every step and what it found</source>
        <translation>Jeder Schritt und was er gefunden hat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Copy the report as Markdown</source>
        <translation>Den Bericht als Markdown kopieren</translation>
    </message>
    <message>
        <source>Save the report as JSON or HTML</source>
        <translation>Den Bericht als JSON oder HTML speichern</translation>
    </message>
    <message>
        <source>Export a diagnostic bundle</source>
        <translation>Ein Diagnosepaket exportieren</translation>
    </message>
    <message>
        <source>Keep an eye on this address from the tray</source>
        <translation>Diese Adresse aus dem Infobereich im Blick behalten</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>JSON for scripts and support (*.json)</source>
        <translation>JSON für Skripte und Support (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Still checking %1…</source>
        <translation>%1 wird noch geprüft…</translation>
    </message>
    <message>
        <source>If it still doesn&apos;t open, save the report and send it to whoever helps you.</source>
        <translation>Wenn es sich immer noch nicht öffnet, speichern Sie den Bericht und schicken Sie ihn an die Person, die Ihnen hilft.</translation>
    </message>
    <message>
        <source>What to do next: %1</source>
        <translation>Was als Nächstes zu tun ist: %1</translation>
    </message>
    <message>
        <source>Copied the report to the clipboard (Markdown): paste it into a chat or an issue.</source>
        <translation>Der Bericht wurde in die Zwischenablage kopiert (Markdown): Fügen Sie ihn in einen Chat oder ein Issue ein.</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>One .zip with this report, system facts and logs for support; secrets are replaced.</source>
        <translation>Eine .zip mit diesem Bericht, Systemdaten und Protokollen für den Support; Geheimnisse werden ersetzt.</translation>
    </message>
    <message>
        <source>The tray icon (localhost-doctor tray) checks it in the background and tells you when it stops answering.</source>
        <translation>Das Tray-Symbol (localhost-doctor tray) prüft sie im Hintergrund und sagt Ihnen, wenn sie nicht mehr antwortet.</translation>
    </message>
    <message>
        <source>Could not add %1 to the watched addresses: %2</source>
        <translation>%1 konnte nicht zu den überwachten Adressen hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>There is nothing to watch here.</source>
        <translation>Hier gibt es nichts zu überwachen.</translation>
    </message>
    <message>
        <source>Watching %1. Start the tray icon (localhost-doctor tray) to be told when it stops answering.</source>
        <translation>%1 wird überwacht. Starten Sie das Tray-Symbol (localhost-doctor tray), um zu erfahren, wenn es nicht mehr antwortet.</translation>
    </message>
</context>
<context>
    <name>ld::ui::TrayIcon</name>
    <message>
        <source>Localhost Doctor: watched addresses</source>
        <translation>Localhost Doctor: überwachte Adressen</translation>
    </message>
    <message>
        <source>Localhost Doctor</source>
        <translation>Localhost Doctor</translation>
    </message>
    <message>
        <source>No addresses watched yet</source>
        <translation>Noch keine Adressen überwacht</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>&amp;Diagnostizieren…</translation>
    </message>
    <message>
        <source>Open the wizard. To diagnose one address, click it above.</source>
        <translation>Den Assistenten öffnen. Um eine Adresse zu diagnostizieren, klicken Sie sie oben an.</translation>
    </message>
    <message>
        <source>&amp;Edit endpoints…</source>
        <translation>Endpunkte &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message numerus="yes">
        <source>For %n hour(s)</source>
        <translation>
            <numerusform>Für %n Stunde</numerusform>
            <numerusform>Für %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unmute</source>
        <translation>Stummschaltung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation>Bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>E&amp;xport diagnostic bundle…</source>
        <translation>Diagnosepaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n erreichbar</numerusform>
            <numerusform>%n erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n beeinträchtigt</numerusform>
            <numerusform>%n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n ausgefallen</numerusform>
            <numerusform>%n ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked yet</source>
        <translation>
            <numerusform>%n noch nicht geprüft</numerusform>
            <numerusform>%n noch nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>no addresses watched</source>
        <translation>keine Adressen überwacht</translation>
    </message>
    <message>
        <source>Localhost Doctor: %1</source>
        <translation>Localhost Doctor: %1</translation>
    </message>
    <message>
        <source>Notifications muted until %1</source>
        <translation>Benachrichtigungen stumm bis %1</translation>
    </message>
    <message>
        <source>%1: paused</source>
        <translation>%1: pausiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 seit %3</translation>
    </message>
    <message>
        <source>(last check: %1)</source>
        <translation>(letzte Prüfung: %1)</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; from Claude Desktop&apos;s config</source>
        <translation>MCP-Server &quot;%1&quot; aus der Konfiguration von Claude Desktop</translation>
    </message>
    <message>
        <source>Click to diagnose it.</source>
        <translation>Zum Diagnostizieren klicken.</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1 has a problem</source>
        <translation>%1 hat ein Problem</translation>
    </message>
    <message>
        <source>%1 is up again</source>
        <translation>%1 ist wieder erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s) were not shown.</source>
        <translation>
            <numerusform>%n weitere Änderung wurde nicht gezeigt.</numerusform>
            <numerusform>%n weitere Änderungen wurden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>Das Starten bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
</context>
</TS>
