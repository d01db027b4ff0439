<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>almanac::CommandLine</name>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="18"/>
        <source>bundle needs -o OUT: a folder, or a file ending in .zip</source>
        <translation>bundle braucht -o OUT: einen Ordner oder eine Datei mit der Endung .zip</translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="29"/>
        <source>bundle: %1/%2 files</source>
        <extracomment>progress while writing a bundle: %1 files written of %2</extracomment>
        <translation>bundle: %1/%2 Dateien</translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="38"/>
        <source>wrote %1: %2, %3</source>
        <extracomment>%1: the bundle written, %2: &quot;N guide(s)&quot;, %3: &quot;N file(s)&quot;</extracomment>
        <translation>%1 geschrieben: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/bundlecommands.cpp" line="39"/>
        <location filename="../src/cli/maintenancecommands.cpp" line="27"/>
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n Leitfaden</numerusform>
            <numerusform>%n Leitfäden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/bundlecommands.cpp" line="40"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="44"/>
        <location filename="../src/cli/bundlecommands.cpp" line="49"/>
        <source>%1; no bundle was written</source>
        <translation>%1; es wurde kein Bundle geschrieben</translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="57"/>
        <source>verify takes one BUNDLE: a folder or a .zip</source>
        <translation>verify erwartet ein BUNDLE: einen Ordner oder eine .zip-Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/bundlecommands.cpp" line="64"/>
        <source>%1: %n problem(s); the bundle does not match its manifest</source>
        <translation>
            <numerusform>%1: %n Problem; das Bundle stimmt nicht mit seinem Manifest überein</numerusform>
            <numerusform>%1: %n Probleme; das Bundle stimmt nicht mit seinem Manifest überein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/bundlecommands.cpp" line="68"/>
        <source>%1: %n file(s) match the manifest</source>
        <translation>
            <numerusform>%1: %n Datei stimmt mit dem Manifest überein</numerusform>
            <numerusform>%1: %n Dateien stimmen mit dem Manifest überein</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="25"/>
        <source>Usage: almanac [-w WORKSPACE] COMMAND [ARGS]

Commands:
  init PATH                  create a workspace (PATH: a file, or a PostgreSQL connection
                             string such as postgresql://user@host/db for a team workspace)
  import FILE|FOLDER... [--base FILE | --replace] [--strict]
                             import guides: almanac-guide/1 JSON, Markdown with YAML or TOML
                             front matter (.md; a FOLDER such as a Hugo site&apos;s content/ for
                             every .md in it, a file that cannot be read skipped unless
                             --strict), or the text of a published page (.txt); a guide
                             already in the workspace is merged with the changes saved since
                             the revision its file was exported from (or since --base FILE);
                             conflicts: exit 1, nothing imported; --replace overwrites
  import FILE... --into SLUG [--strict]
                             merge CSL-JSON sources or a TimelineJS timeline into a draft;
                             an item that cannot be taken is an error with its file and
                             place, the rest come in (exit 1); --strict: all or nothing
  export SLUG [-o FILE] [--format json|markdown|csl]
                             the draft as canonical almanac-guide/1 JSON (default), as
                             Markdown with front matter, or its sources as CSL-JSON
  list                       slug, title, state and live version of every guide
  search QUERY [--limit N] [--prefix]
                             full-text search, best first
  lint [SLUG|FILE...]        findings with their place; exit 1 if any is an error
  render SLUG [-o FILE]      the page as HTML, as the preview shows it
  snapshot SLUG -m NOTE      make a version (v1, v2, ...) of the draft
  versions SLUG              the guide&apos;s versions with their states and history
  diff SLUG FROM [TO] [--format text|html|json] [--exit-code]
                             what changed; FROM and TO are vN or draft (TO: draft)
  review SLUG vN (--submit | --approve | --request-changes) [-m NOTE]
                             move a version through review
  publish SLUG vN [--yes]    lint, then make vN the live version (--yes accepts warnings)
  comment SLUG vN [--on PART] [--quote WORDS] -m TEXT
                             a review comment on a version, on its details (the default)
                             or an item: --on sections[0], takeaways[i], timeline[i],
                             faq[i], sources[i]; --quote anchors it to those words of the
                             item&apos;s text (the TL;DR for details); prints the comment&apos;s id
  comment SLUG --reply ID -m TEXT
                             answer a comment, in its thread
  comments SLUG [--resolve ID]
                             the guide&apos;s comments, one per line (id, version, part and
                             quoted words, who, when, open, resolved or the thread it
                             answers, text); --resolve marks a thread resolved
  bundle [SLUG...] -o OUT    export the live versions as a bundle: OUT.zip or a folder; all
                             guides with a live version when none is named
  verify BUNDLE              check a bundle (folder or .zip) against its manifest; exit 1 if
                             a file is missing, extra, altered or not a plain file
  check                      look for damage in the workspace (database, drafts, versions);
                             exit 1 if any is found
  backup PATH                write a consistent copy of the workspace to PATH, even while
                             other programs write to it; PATH must not exist
  team init URL              make a PostgreSQL database a team workspace: group roles,
                             tables owned by almanac_owner, workflow steps checked by the
                             server (run as the database owner, with CREATEROLE)
  team add-user NAME --role editor|reviewer|publisher|admin
  team users                 team members and their roles
  team remove-user NAME      take every Almanac role from NAME
  merge BASE OURS THEIRS [-o FILE]
                             three-way merge of almanac-guide/1 files: the merged guide as
                             canonical JSON; exit 1 if both sides changed something
                             differently (the conflicts on standard error; the output has
                             THEIRS at each)

Export takes --version vN for a version instead of the draft. --author NAME (or
$ALMANAC_AUTHOR, else $USER) says who made a version or review step.

The workspace is -w PATH, else $ALMANAC_WORKSPACE, else the default workspace.
Exit status: 0 success, 1 problems found, 2 bad usage or unreadable input.
</source>
        <translation>Verwendung: almanac [-w WORKSPACE] COMMAND [ARGS]

Befehle:
  init PATH                  einen Arbeitsbereich anlegen (PATH: eine Datei oder eine
                             PostgreSQL-Verbindungszeichenfolge wie postgresql://user@host/db
                             für einen Team-Arbeitsbereich)
  import FILE|FOLDER... [--base FILE | --replace] [--strict]
                             Leitfäden importieren: almanac-guide/1 JSON, Markdown mit YAML-
                             oder TOML-Front-Matter (.md; ein FOLDER wie content/ einer
                             Hugo-Site für alle .md darin, wobei eine nicht lesbare Datei
                             übersprungen wird, außer mit --strict) oder der Text einer
                             veröffentlichten Seite (.txt); ein Leitfaden, der schon im
                             Arbeitsbereich ist, wird mit den Änderungen zusammengeführt, die
                             seit der Revision gespeichert wurden, aus der seine Datei
                             exportiert wurde (oder seit --base FILE); Konflikte: Exit-Status
                             1, nichts importiert; --replace überschreibt
  import FILE... --into SLUG [--strict]
                             CSL-JSON-Quellen oder eine TimelineJS-Zeitleiste in einen
                             Entwurf übernehmen; ein Eintrag, der nicht übernommen werden
                             kann, ist ein Fehler mit Datei und Stelle, der Rest wird
                             importiert (Exit-Status 1); --strict: alles oder nichts
  export SLUG [-o FILE] [--format json|markdown|csl]
                             der Entwurf als kanonisches almanac-guide/1 JSON (Standard), als
                             Markdown mit Front Matter oder seine Quellen als CSL-JSON
  list                       Slug, Titel, Status und Live-Version jedes Leitfadens
  search QUERY [--limit N] [--prefix]
                             Volltextsuche, beste Treffer zuerst
  lint [SLUG|FILE...]        Befunde mit ihrer Stelle; Exit-Status 1, wenn einer davon ein
                             Fehler ist
  render SLUG [-o FILE]      die Seite als HTML, wie die Vorschau sie zeigt
  snapshot SLUG -m NOTE      eine Version (v1, v2, ...) des Entwurfs erstellen
  versions SLUG              die Versionen des Leitfadens mit ihrem Status und Verlauf
  diff SLUG FROM [TO] [--format text|html|json] [--exit-code]
                             was sich geändert hat; FROM und TO sind vN oder draft (TO:
                             draft)
  review SLUG vN (--submit | --approve | --request-changes) [-m NOTE]
                             eine Version durch die Prüfung führen
  publish SLUG vN [--yes]    Lint ausführen, dann vN zur Live-Version machen (--yes
                             akzeptiert Warnungen)
  comment SLUG vN [--on PART] [--quote WORDS] -m TEXT
                             ein Prüfkommentar zu einer Version, zu ihren Details (Standard)
                             oder zu einem Element: --on sections[0], takeaways[i],
                             timeline[i], faq[i], sources[i]; --quote verankert ihn an diesen
                             Wörtern im Text des Elements (bei den Details im TL;DR); gibt
                             die ID des Kommentars aus
  comment SLUG --reply ID -m TEXT
                             einen Kommentar in seinem Thread beantworten
  comments SLUG [--resolve ID]
                             die Kommentare des Leitfadens, einer pro Zeile (ID, Version,
                             Teil und zitierte Wörter, wer, wann, offen, erledigt oder der
                             Thread, auf den er antwortet, Text); --resolve markiert einen
                             Thread als erledigt
  bundle [SLUG...] -o OUT    die Live-Versionen als Bundle exportieren: OUT.zip oder ein
                             Ordner; alle Leitfäden mit Live-Version, wenn keiner genannt ist
  verify BUNDLE              ein Bundle (Ordner oder .zip) gegen sein Manifest prüfen;
                             Exit-Status 1, wenn eine Datei fehlt, überzählig, verändert
                             oder keine einfache Datei ist
  check                      den Arbeitsbereich auf Schäden untersuchen (Datenbank,
                             Entwürfe, Versionen); Exit-Status 1, wenn welche gefunden werden
  backup PATH                eine konsistente Kopie des Arbeitsbereichs nach PATH schreiben,
                             auch während andere Programme in ihn schreiben; PATH darf noch
                             nicht existieren
  team init URL              eine PostgreSQL-Datenbank zum Team-Arbeitsbereich machen:
                             Gruppenrollen, Tabellen im Besitz von almanac_owner, vom Server
                             geprüfte Workflow-Schritte (als Eigentümer der Datenbank
                             ausführen, mit CREATEROLE)
  team add-user NAME --role editor|reviewer|publisher|admin
  team users                 Teammitglieder und ihre Rollen
  team remove-user NAME      NAME alle Almanac-Rollen entziehen
  merge BASE OURS THEIRS [-o FILE]
                             Drei-Wege-Merge von almanac-guide/1-Dateien: der
                             zusammengeführte Leitfaden als kanonisches JSON; Exit-Status 1,
                             wenn beide Seiten etwas unterschiedlich geändert haben (die
                             Konflikte auf der Standardfehlerausgabe; die Ausgabe enthält an
                             jeder dieser Stellen THEIRS)

export nimmt --version vN für eine Version statt des Entwurfs. --author NAME (oder
$ALMANAC_AUTHOR, sonst $USER) gibt an, wer eine Version oder einen Prüfschritt erstellt.

Der Arbeitsbereich ist -w PATH, sonst $ALMANAC_WORKSPACE, sonst der Standard-Arbeitsbereich.
Exit-Status: 0 Erfolg, 1 Probleme gefunden, 2 falsche Verwendung oder nicht lesbare Eingabe.
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="109"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="112"/>
        <source>Write to FILE.</source>
        <translation>In FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="113"/>
        <source>At most N search results.</source>
        <translation>Höchstens N Suchergebnisse.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="115"/>
        <source>Match the last word as a prefix.</source>
        <translation>Das letzte Wort als Präfix abgleichen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="116"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="118"/>
        <source>A version of the guide (export).</source>
        <translation>Eine Version des Leitfadens (export).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="120"/>
        <source>A note.</source>
        <translation>Eine Notiz.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="121"/>
        <source>Who does this.</source>
        <translation>Wer dies tut.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="122"/>
        <source>Diff output: text, html or json.</source>
        <translation>Diff-Ausgabe: text, html oder json.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="124"/>
        <source>Diff exits 1 when there are changes.</source>
        <translation>Diff endet mit Exit-Status 1, wenn es Änderungen gibt.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="125"/>
        <source>Submit a version for review.</source>
        <translation>Eine Version zur Prüfung einreichen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="126"/>
        <source>Approve a version.</source>
        <translation>Eine Version freigeben.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="127"/>
        <source>Send a version back to draft.</source>
        <translation>Eine Version in den Entwurf zurückschicken.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="128"/>
        <source>Publish despite lint warnings.</source>
        <translation>Trotz Lint-Warnungen veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="130"/>
        <source>Import: the guide file that the imported one was edited from.</source>
        <translation>Import: die Leitfadendatei, aus der die importierte durch Bearbeiten entstanden ist.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="133"/>
        <source>Import: overwrite the draft, whatever it holds now.</source>
        <translation>Import: den Entwurf überschreiben, egal was er jetzt enthält.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="136"/>
        <source>Import: all or nothing (an item or a file in a folder that cannot be taken refuses all).</source>
        <translation>Import: alles oder nichts (kann ein Eintrag oder eine Datei in einem Ordner nicht übernommen werden, wird alles abgelehnt).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="137"/>
        <source>Import sources or a timeline into this guide.</source>
        <translation>Quellen oder eine Zeitleiste in diesen Leitfaden importieren.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="139"/>
        <source>Comment: the part of the version, e.g. sections[0].</source>
        <translation>Kommentar: der Teil der Version, z. B. sections[0].</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="141"/>
        <source>Comment: the words of the part&apos;s text it is about.</source>
        <translation>Kommentar: die Wörter im Text des Teils, auf die er sich bezieht.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="144"/>
        <source>Comment: answer the comment ID.</source>
        <translation>Kommentar: auf den Kommentar ID antworten.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="146"/>
        <source>Comments: resolve the comment ID.</source>
        <translation>Kommentare: den Kommentar ID als erledigt markieren.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="148"/>
        <source>Team: editor, reviewer, publisher or admin.</source>
        <translation>Team: editor, reviewer, publisher oder admin.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="155"/>
        <source>Run &quot;almanac --help&quot; for usage.</source>
        <translation>„almanac --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="181"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="186"/>
        <source>-o goes with export and render, not %1</source>
        <translation>-o gehört zu export und render, nicht zu %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="189"/>
        <source>--limit and --prefix go with search, not %1</source>
        <translation>--limit und --prefix gehören zu search, nicht zu %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="216"/>
        <source>--%1 goes with %2, not %3</source>
        <translation>--%1 gehört zu %2, nicht zu %3</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="262"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="280"/>
        <source>made the default workspace %1</source>
        <translation>Standard-Arbeitsbereich %1 angelegt</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="287"/>
        <source>%1: is %2, not an Almanac workspace</source>
        <translation>%1: ist %2, kein Almanac-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="318"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="327"/>
        <source>init takes one PATH</source>
        <translation>init erwartet einen PATH</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="332"/>
        <source>made workspace %1</source>
        <translation>Arbeitsbereich %1 angelegt</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="339"/>
        <source>export takes one SLUG</source>
        <translation>export erwartet einen SLUG</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="348"/>
        <source>--version takes vN, e.g. v2</source>
        <translation>--version erwartet vN, z. B. v2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="356"/>
        <location filename="../src/cli/commandline.cpp" line="464"/>
        <location filename="../src/cli/versioncommands.cpp" line="82"/>
        <source>%1: no guide with the slug &quot;%2&quot;</source>
        <translation>%1: kein Leitfaden mit dem Slug „%2“</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="369"/>
        <source>list takes no arguments</source>
        <translation>list erwartet keine Argumente</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="396"/>
        <source>search takes a QUERY</source>
        <translation>search erwartet eine QUERY</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="400"/>
        <source>--limit takes a whole number above 0</source>
        <translation>--limit erwartet eine ganze Zahl größer als 0</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="437"/>
        <source>%1: no guide with the slug &quot;%2&quot; and no such file</source>
        <translation>%1: kein Leitfaden mit dem Slug „%2“ und keine solche Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/commandline.cpp" line="450"/>
        <source>%n guide(s) checked: %1, %2</source>
        <extracomment>%1 is &quot;N error(s)&quot;, %2 is &quot;N warning(s)&quot;</extracomment>
        <translation>
            <numerusform>%n Leitfaden geprüft: %1, %2</numerusform>
            <numerusform>%n Leitfäden geprüft: %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/commandline.cpp" line="451"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/commandline.cpp" line="451"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="459"/>
        <source>render takes one SLUG</source>
        <translation>render erwartet einen SLUG</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="29"/>
        <source>--on takes metadata or an item of the version as takeaways[i], sections[i], timeline[i], faq[i] or sources[i] (from 0), not &quot;%1&quot;</source>
        <translation>--on erwartet metadata oder ein Element der Version als takeaways[i], sections[i], timeline[i], faq[i] oder sources[i] (ab 0), nicht „%1“</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="36"/>
        <source>%1: the version has no such item</source>
        <translation>%1: die Version hat kein solches Element</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="55"/>
        <source>comment takes SLUG vN [--on PART] [--quote WORDS] -m TEXT, or SLUG --reply ID -m TEXT</source>
        <translation>comment erwartet SLUG vN [--on PART] [--quote WORDS] -m TEXT oder SLUG --reply ID -m TEXT</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="59"/>
        <source>comment needs -m TEXT, the comment</source>
        <translation>comment braucht -m TEXT, den Kommentar</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="85"/>
        <source>--quote: the %1 of %2 in %3 does not have &quot;%4&quot;; quote words that occur once</source>
        <translation>--quote: „%4“ kommt in %1 von %2 in %3 nicht vor; Wörter zitieren, die genau einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="87"/>
        <source>--quote: the %1 of %2 in %3 has more than once &quot;%4&quot;; quote words that occur once</source>
        <translation>--quote: „%4“ kommt in %1 von %2 in %3 mehr als einmal vor; Wörter zitieren, die genau einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="106"/>
        <source>comments takes one SLUG [--resolve ID]</source>
        <translation>comments erwartet einen SLUG [--resolve ID]</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="117"/>
        <source>%1 has no comment %2</source>
        <translation>%1 hat keinen Kommentar %2</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="28"/>
        <source>import takes one or more FILEs</source>
        <translation>import erwartet eine oder mehrere Dateien (FILE)</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="32"/>
        <source>--base and --replace exclude each other</source>
        <translation>--base und --replace schließen einander aus</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="34"/>
        <source>--base goes with one FILE</source>
        <translation>--base ist nur mit einer einzigen Datei (FILE) möglich</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="52"/>
        <source>%1: a folder with no Markdown files (.md, .markdown) in it</source>
        <translation>%1: ein Ordner ohne Markdown-Dateien (.md, .markdown)</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="67"/>
        <source>%1: %2 go into a guide: add --into SLUG</source>
        <translation>%1: %2: nur in einen Leitfaden importierbar; --into SLUG angeben</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="69"/>
        <source>%1: slug: &quot;%2&quot; is also the slug of %3</source>
        <translation>%1: slug: „%2“ ist auch der Slug von %3</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="82"/>
        <source>%1; skipped</source>
        <translation>%1; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="86"/>
        <location filename="../src/cli/importcommands.cpp" line="103"/>
        <location filename="../src/cli/importcommands.cpp" line="160"/>
        <source>nothing was imported</source>
        <translation>es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="97"/>
        <location filename="../src/cli/importcommands.cpp" line="179"/>
        <source>%1; nothing was imported</source>
        <translation>%1; es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="107"/>
        <source>unchanged</source>
        <extracomment>the guide&apos;s file holds nothing new: &quot;unchanged SLUG&quot;</extracomment>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommands.cpp" line="110"/>
        <source>read %n Markdown file(s) from %1: %2, %3 skipped</source>
        <extracomment>%1: the folders, %2: &quot;N guide(s) imported&quot;, %3: how many files were skipped</extracomment>
        <translation>
            <numerusform>%n Markdown-Datei aus %1 gelesen: %2, %3 übersprungen</numerusform>
            <numerusform>%n Markdown-Dateien aus %1 gelesen: %2, %3 übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommands.cpp" line="113"/>
        <source>%n guide(s) imported</source>
        <translation>
            <numerusform>%n Leitfaden importiert</numerusform>
            <numerusform>%n Leitfäden importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="122"/>
        <source>import --into takes one or more FILEs</source>
        <translation>import --into erwartet eine oder mehrere Dateien (FILE)</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="127"/>
        <location filename="../src/cli/importcommands.cpp" line="168"/>
        <source>%1: no guide with the slug &quot;%2&quot;; nothing was imported</source>
        <translation>%1: kein Leitfaden mit dem Slug „%2“; es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="135"/>
        <source>%1: %2 is a whole guide, not something to merge into one; import it without --into</source>
        <translation>%1: %2 ist ein ganzer Leitfaden und nichts, was in einen Leitfaden übernommen wird; ohne --into importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommands.cpp" line="158"/>
        <source>nothing was imported (--strict: %n item(s) could not be taken)</source>
        <translation>
            <numerusform>es wurde nichts importiert (--strict: %n Eintrag konnte nicht übernommen werden)</numerusform>
            <numerusform>es wurde nichts importiert (--strict: %n Einträge konnten nicht übernommen werden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommands.cpp" line="182"/>
        <source>merged %n file(s) into %1</source>
        <translation>
            <numerusform>%n Datei in %1 zusammengeführt</numerusform>
            <numerusform>%n Dateien in %1 zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommands.cpp" line="186"/>
        <source>%n item(s) could not be taken and were skipped (see the errors above); the rest were imported</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht übernommen werden und wurde übersprungen (siehe Fehler oben); der Rest wurde importiert</numerusform>
            <numerusform>%n Einträge konnten nicht übernommen werden und wurden übersprungen (siehe Fehler oben); der Rest wurde importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="194"/>
        <source>other programs kept saving &quot;%1&quot;; nothing was imported, try again</source>
        <translation>andere Programme haben „%1“ immer wieder gespeichert; es wurde nichts importiert, bitte erneut versuchen</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="209"/>
        <source>export --format takes json, markdown or csl, not &quot;%1&quot;</source>
        <translation>export --format erwartet json, markdown oder csl, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="14"/>
        <source>check takes no arguments</source>
        <translation>check erwartet keine Argumente</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/maintenancecommands.cpp" line="21"/>
        <source>%1: %n problem(s) found; the workspace is damaged</source>
        <translation>
            <numerusform>%1: %n Problem gefunden; der Arbeitsbereich ist beschädigt</numerusform>
            <numerusform>%1: %n Probleme gefunden; der Arbeitsbereich ist beschädigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="26"/>
        <source>%1: no damage found (%2, %3 checked)</source>
        <extracomment>%1: the workspace, %2: &quot;N guide(s)&quot;, %3: &quot;N version(s)&quot;</extracomment>
        <translation>%1: keine Schäden gefunden (%2, %3 geprüft)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/maintenancecommands.cpp" line="28"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="36"/>
        <source>backup takes one PATH: the file to write the copy to</source>
        <translation>backup erwartet einen PATH: die Datei, in die die Kopie geschrieben wird</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="40"/>
        <source>%1: a team workspace is backed up by its server: use pg_dump or continuous archiving (docs/team.md)</source>
        <translation>%1: ein Team-Arbeitsbereich wird über seinen Server gesichert: pg_dump oder kontinuierliche Archivierung verwenden (docs/team.md)</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="46"/>
        <source>backed up %1 to %2</source>
        <translation>%1 nach %2 gesichert</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="30"/>
        <source>takeaway</source>
        <extracomment>the kind of item in &quot;ours changed the %1 %2, theirs deleted it&quot;</extracomment>
        <translation>Kernaussage</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="33"/>
        <source>section</source>
        <extracomment>the kind of item in &quot;ours changed the %1 %2, theirs deleted it&quot;</extracomment>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="35"/>
        <source>timeline entry</source>
        <translation>Zeitleisteneintrag</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="37"/>
        <source>FAQ entry</source>
        <translation>FAQ-Eintrag</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="40"/>
        <source>source</source>
        <extracomment>the kind of item in &quot;ours changed the %1 %2, theirs deleted it&quot;</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="42"/>
        <source>item</source>
        <extracomment>the kind of item in &quot;ours changed the %1 %2, theirs deleted it&quot;</extracomment>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="51"/>
        <source>both sides inserted different text here (ours: %1, theirs: %2)</source>
        <translation>beide Seiten haben hier unterschiedlichen Text eingefügt (unsere: %1, ihre: %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="53"/>
        <source>both sides changed %1 (ours: %2, theirs: %3)</source>
        <translation>beide Seiten haben %1 geändert (unsere: %2, ihre: %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="57"/>
        <source>ours changed the %1 %2, theirs deleted it</source>
        <extracomment>%1: the kind of item (section, source...), %2: its title</extracomment>
        <translation>%1 %2: von unserer Seite geändert, von ihrer Seite gelöscht</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="61"/>
        <source>ours deleted the %1 %2, theirs changed it</source>
        <extracomment>%1: the kind of item (section, source...), %2: its title</extracomment>
        <translation>%1 %2: von unserer Seite gelöscht, von ihrer Seite geändert</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="72"/>
        <source>merge takes three guide files: BASE OURS THEIRS</source>
        <translation>merge erwartet drei Leitfadendateien: BASE OURS THEIRS</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/mergecommand.cpp" line="91"/>
        <source>%n conflict(s); %1 has theirs (%2) at each of them</source>
        <extracomment>%1: the output file (or &quot;the output&quot;), %2: the THEIRS file</extracomment>
        <translation>
            <numerusform>%n Konflikt; %1 enthält dort ihre Fassung (%2)</numerusform>
            <numerusform>%n Konflikte; %1 enthält an jeder dieser Stellen ihre Fassung (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="93"/>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="19"/>
        <source>team init takes one PostgreSQL connection string</source>
        <translation>team init erwartet eine PostgreSQL-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="29"/>
        <source>made team workspace %1</source>
        <translation>Team-Arbeitsbereich %1 angelegt</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="35"/>
        <source>team add-user takes one NAME and --role editor|reviewer|publisher|admin</source>
        <translation>team add-user erwartet einen NAME und --role editor|reviewer|publisher|admin</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="43"/>
        <source>%1 is a %2; they connect with %3 and a password set with psql&apos;s \password %1 (kept in their ~/.pgpass, never in a workspace name)</source>
        <extracomment>%1: the user, %2: the role (editor, reviewer, publisher, admin), %3: the connection string</extracomment>
        <translation>%1 hat die Rolle %2; die Verbindung erfolgt mit %3 und einem Passwort, das in psql mit \password %1 gesetzt wird (gespeichert in der eigenen ~/.pgpass, nie in einem Arbeitsbereichsnamen)</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="54"/>
        <source>team users takes no arguments</source>
        <translation>team users erwartet keine Argumente</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="66"/>
        <source>team remove-user takes one NAME</source>
        <translation>team remove-user erwartet einen NAME</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="71"/>
        <source>%1 has no Almanac role any more</source>
        <translation>%1 hat keine Almanac-Rolle mehr</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="74"/>
        <source>team takes init, add-user, users or remove-user</source>
        <translation>team erwartet init, add-user, users oder remove-user</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="23"/>
        <source>snapshot takes one SLUG</source>
        <translation>snapshot erwartet einen SLUG</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="25"/>
        <source>snapshot needs -m NOTE saying what the version is</source>
        <translation>snapshot braucht -m NOTE, die angibt, was die Version ist</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="40"/>
        <source>versions takes one SLUG</source>
        <translation>versions erwartet einen SLUG</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="64"/>
        <source>diff takes SLUG FROM [TO], where FROM and TO are vN or draft</source>
        <translation>diff erwartet SLUG FROM [TO], wobei FROM und TO vN oder draft sind</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="67"/>
        <source>--format takes text, html or json, not &quot;%1&quot;</source>
        <translation>--format erwartet text, html oder json, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="73"/>
        <source>&quot;%1&quot; is not a version: use vN or draft</source>
        <translation>„%1“ ist keine Version: vN oder draft verwenden</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="111"/>
        <source>review takes SLUG vN and one of --submit, --approve, --request-changes</source>
        <translation>review erwartet SLUG vN und eines von --submit, --approve, --request-changes</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="120"/>
        <source>review takes exactly one of --submit, --approve, --request-changes</source>
        <translation>review erwartet genau eines von --submit, --approve, --request-changes</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="140"/>
        <source>publish takes SLUG vN</source>
        <translation>publish erwartet SLUG vN</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="154"/>
        <source>%1 %2 has lint errors; it was not published</source>
        <translation>%1 %2 hat Lint-Fehler; es wurde nicht veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/versioncommands.cpp" line="156"/>
        <source>%1 %2 has %n lint warning(s); publish again with --yes to accept them</source>
        <translation>
            <numerusform>%1 %2 hat %n Lint-Warnung; erneut mit --yes veröffentlichen, um sie zu akzeptieren</numerusform>
            <numerusform>%1 %2 hat %n Lint-Warnungen; erneut mit --yes veröffentlichen, um sie zu akzeptieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="162"/>
        <source>%1 %2 published; it is now live</source>
        <translation>%1 %2 veröffentlicht; diese Version ist jetzt live</translation>
    </message>
</context>
<context>
    <name>almanac::DiffText</name>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="27"/>
        <source>Id</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="29"/>
        <source>Slug</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="31"/>
        <source>Title</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="33"/>
        <source>Subject</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="35"/>
        <source>Kind</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="37"/>
        <source>Level</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="39"/>
        <source>Status</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="41"/>
        <source>Language</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="43"/>
        <source>TL;DR</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>TL;DR</translation>
    </message>
</context>
<context>
    <name>almanac::GuideText</name>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="42"/>
        <source>takeaway %1 is empty</source>
        <translation>Kernaussage %1 ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="52"/>
        <source>FAQ entry %1 has no question</source>
        <translation>FAQ-Eintrag %1 hat keine Frage</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="55"/>
        <source>FAQ entry %1 has no answer</source>
        <translation>FAQ-Eintrag %1 hat keine Antwort</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="92"/>
        <source>the guide has no title</source>
        <translation>der Leitfaden hat keinen Titel</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="95"/>
        <source>the guide has no TL;DR</source>
        <translation>der Leitfaden hat kein TL;DR</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="101"/>
        <source>another guide already has the slug &quot;%1&quot;</source>
        <translation>ein anderer Leitfaden hat bereits den Slug „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="112"/>
        <source>section %1 has no heading</source>
        <translation>Abschnitt %1 hat keine Überschrift</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="115"/>
        <source>section %1 (&quot;%2&quot;) has no text</source>
        <translation>Abschnitt %1 („%2“) hat keinen Text</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="129"/>
        <source>timeline entry &quot;%1&quot; has no date</source>
        <translation>Zeitleisteneintrag „%1“ hat kein Datum</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="136"/>
        <source>timeline entry &quot;%1&quot; (%2) comes after a later one (%3)</source>
        <translation>Zeitleisteneintrag „%1“ (%2) steht hinter einem späteren (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="142"/>
        <source>timeline entry %1 has no title</source>
        <translation>Zeitleisteneintrag %1 hat keinen Titel</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="157"/>
        <source>the guide lists itself as related</source>
        <translation>der Leitfaden führt sich selbst als verwandt auf</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="160"/>
        <source>no guide has the slug &quot;%1&quot;</source>
        <translation>kein Leitfaden hat den Slug „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="164"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="179"/>
        <source>the key &quot;%1&quot; is also used by sources[%2]</source>
        <translation>der Schlüssel „%1“ wird auch von sources[%2] verwendet</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="186"/>
        <source>source &quot;%1&quot; is never cited</source>
        <translation>Quelle „%1“ wird nirgends zitiert</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="189"/>
        <source>source &quot;%1&quot; has no URL</source>
        <translation>Quelle „%1“ hat keine URL</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="207"/>
        <source>cites &quot;%1&quot;, which no source has as its key</source>
        <translation>zitiert „%1“, aber keine Quelle hat diesen Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="22"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="23"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="31"/>
        <source>%1 of %2; a field like this may hold at most %3</source>
        <translation>%1 %2; ein Feld wie dieses darf höchstens %3 enthalten</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="40"/>
        <source>expected valid Unicode text, found an unpaired surrogate (U+%1 at character %2)</source>
        <translation>gültiger Unicode-Text erwartet, ungepaartes Surrogat gefunden (U+%1 an Zeichenposition %2)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="101"/>
        <source>id %1 is used twice in this guide</source>
        <translation>ID %1 wird in diesem Leitfaden zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="148"/>
        <source>the guide file would be %1; a guide may be at most %2</source>
        <translation>die Leitfadendatei wäre %1 groß; ein Leitfaden darf höchstens %2 groß sein</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="226"/>
        <source>&quot;%1&quot; is not a lowercase UUID</source>
        <translation>„%1“ ist keine UUID in Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="234"/>
        <source>&quot;%1&quot; is not a slug (lowercase letters, digits and single hyphens)</source>
        <translation>„%1“ ist kein Slug (Kleinbuchstaben, Ziffern und einzelne Bindestriche)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="243"/>
        <source>&quot;%1&quot; is not a citation key (letters, digits, _ and inner punctuation)</source>
        <translation>„%1“ ist kein Zitierschlüssel (Buchstaben, Ziffern, _ und Satzzeichen im Inneren)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="253"/>
        <source>&quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD; -YYYY, seasons, ~ and ranges as the guide format allows)</source>
        <translation>„%1“ ist kein Datum (YYYY, YYYY-MM oder YYYY-MM-DD; -YYYY, Jahreszeiten, ~ und Zeiträume, soweit das Leitfadenformat sie erlaubt)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="261"/>
        <location filename="../src/core/guide/validate.cpp" line="301"/>
        <source>text</source>
        <extracomment>What the field holds: the %2 in &quot;%1 of %2; a field like this may hold at most %3&quot;.</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="265"/>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="272"/>
        <source>relevance %1 is not from 1 to 10</source>
        <translation>Relevanz %1 liegt nicht zwischen 1 und 10</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="280"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="289"/>
        <source>&quot;%1&quot; is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>„%1“ ist kein UTC-Zeitstempel (YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="295"/>
        <source>Markdown</source>
        <extracomment>What the field holds: the %2 in &quot;%1 of %2; a field like this may hold at most %3&quot;.</extracomment>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="309"/>
        <source>a takeaway is one line; this one has a line break</source>
        <translation>eine Kernaussage ist eine Zeile; diese enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="319"/>
        <source>a heading is one line; this one has a line break</source>
        <translation>eine Überschrift ist eine Zeile; diese enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="328"/>
        <source>a topic may not be empty</source>
        <translation>ein Thema darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="337"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47: a language such as &quot;de&quot;, &quot;ar&quot; or &quot;he&quot;, then an optional script and region, as in &quot;sr-Latn&quot; or &quot;de-AT&quot;)</source>
        <translation>„%1“ ist kein Sprach-Tag (BCP 47: eine Sprache wie „de“, „ar“ oder „he“, dann optional Schrift und Region, wie in „sr-Latn“ oder „de-AT“)</translation>
    </message>
</context>
<context>
    <name>almanac::ImportText</name>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="68"/>
        <location filename="../src/core/io/boundedfile.cpp" line="105"/>
        <location filename="../src/core/io/boundedfile.cpp" line="130"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="74"/>
        <source>%1: is a symbolic link; refusing to follow it</source>
        <translation>%1: ist ein symbolischer Link; ihm wird nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="78"/>
        <source>%1: is a symbolic link that leads nowhere readable: %2</source>
        <translation>%1: ist ein symbolischer Link, der auf nichts Lesbares zeigt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="87"/>
        <source>%1: is a symbolic link to a folder, not %2</source>
        <translation>%1: ist ein symbolischer Link auf einen Ordner, nicht %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="88"/>
        <source>%1: is a folder, not %2</source>
        <translation>%1: ist ein Ordner, nicht %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="95"/>
        <source>%1: is a symbolic link to %2, not a regular file; refusing to read it</source>
        <translation>%1: ist ein symbolischer Link auf %2, keine reguläre Datei; wird nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="96"/>
        <source>%1: is %2, not a regular file; refusing to read it</source>
        <translation>%1: ist %2, keine reguläre Datei; wird nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="113"/>
        <source>%1: changed while it was opened; refusing to read it</source>
        <translation>%1: wurde beim Öffnen geändert; wird nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="162"/>
        <source>missing</source>
        <extracomment>What is at a path: nothing, the path does not exist</extracomment>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="164"/>
        <location filename="../src/core/io/boundedfile.cpp" line="212"/>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="166"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="168"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="170"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="172"/>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="174"/>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="176"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="178"/>
        <source>neither a file nor a folder</source>
        <translation>weder eine Datei noch ein Ordner</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="192"/>
        <source>%1: the file is %2 MiB; %3 may be at most %4 MiB</source>
        <translation>%1: die Datei ist %2 MiB groß; %3 darf höchstens %4 MiB groß sein</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="205"/>
        <source>over %1</source>
        <extracomment>A size in MiB, put in &quot;the file is %2 MiB&quot;: the file grew past the limit while being read</extracomment>
        <translation>über %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="36"/>
        <source>expected [year, month, day], found %1; the date is left out</source>
        <translation>[Jahr, Monat, Tag] erwartet, %1 gefunden; das Datum wird weggelassen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="56"/>
        <source>%1 is not a number; the date is kept up to the part before it</source>
        <translation>%1 ist keine Zahl; das Datum wird bis zum Teil davor übernommen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="71"/>
        <source>%1 is not a month (1-12) or season (21-24) of that date; the date is kept up to the part before it</source>
        <translation>%1 ist kein Monat (1-12) und keine Jahreszeit (21-24) dieses Datums; das Datum wird bis zum Teil davor übernommen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="73"/>
        <source>%1 is not a day of that date; the date is kept up to the part before it</source>
        <translation>%1 ist kein Tag dieses Datums; das Datum wird bis zum Teil davor übernommen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="80"/>
        <source>more than [year, month, day]; the rest is left out</source>
        <translation>mehr als [Jahr, Monat, Tag]; der Rest wird weggelassen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="150"/>
        <location filename="../src/core/io/csldate.cpp" line="203"/>
        <source>&quot;%1&quot; is not a date the guide can sort; kept as a literal date</source>
        <translation>„%1“ ist kein Datum, das der Leitfaden sortieren kann; als wörtliches Datum übernommen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="158"/>
        <source>expected a CSL date object ({&quot;date-parts&quot;: [[year, month, day]]}), found %1; the date is left out</source>
        <translation>CSL-Datumsobjekt erwartet ({&quot;date-parts&quot;: [[year, month, day]]}), %1 gefunden; das Datum wird weggelassen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="175"/>
        <source>more than a start and an end; the rest is left out</source>
        <translation>mehr als ein Anfang und ein Ende; der Rest wird weggelassen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="189"/>
        <source>expected an array of [year, month, day] arrays, found %1; the date is left out</source>
        <translation>Array aus [Jahr, Monat, Tag]-Arrays erwartet, %1 gefunden; das Datum wird weggelassen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="41"/>
        <location filename="../src/core/io/guidefile.cpp" line="110"/>
        <location filename="../src/core/io/guidefile.cpp" line="196"/>
        <location filename="../src/core/io/timelinejs.cpp" line="142"/>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="191"/>
        <source>&quot;%1&quot; is not an http or https URL; kept in the CSL record, not linked</source>
        <translation>„%1“ ist keine http- oder https-URL; im CSL-Datensatz behalten, nicht verlinkt</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="200"/>
        <source>no URL; links to the DOI&apos;s %1</source>
        <translation>keine URL; verlinkt über die DOI auf %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="214"/>
        <source>expected a whole number from 1 to 10</source>
        <translation>ganze Zahl von 1 bis 10 erwartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/csljson.cpp" line="255"/>
        <source>an array of %n value(s) and no objects</source>
        <translation>
            <numerusform>ein Array aus %n Wert und keinen Objekten</numerusform>
            <numerusform>ein Array aus %n Werten und keinen Objekten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/csljson.cpp" line="260"/>
        <source>an array of %n object(s) with none of CSL&apos;s keys (type, title, author, issued, DOI, URL, …); their keys are %1%2</source>
        <translation>
            <numerusform>ein Array aus %n Objekt ohne einen der CSL-Schlüssel (type, title, author, issued, DOI, URL, …); seine Schlüssel sind %1%2</numerusform>
            <numerusform>ein Array aus %n Objekten ohne einen der CSL-Schlüssel (type, title, author, issued, DOI, URL, …); ihre Schlüssel sind %1%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="354"/>
        <source>%1: a JSON object with none of CSL&apos;s keys (type, title, author, issued, DOI, …); expected a CSL-JSON array of items or one item</source>
        <translation>%1: ein JSON-Objekt ohne einen der CSL-Schlüssel (type, title, author, issued, DOI, …); erwartet wird ein CSL-JSON-Array von Einträgen oder ein einzelner Eintrag</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="366"/>
        <source>%1: not CSL-JSON: %2</source>
        <translation>%1: kein CSL-JSON: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="384"/>
        <source>the item</source>
        <extracomment>Names a CSL item in a file that holds only one, as in &quot;the item was skipped&quot;</extracomment>
        <translation>der Eintrag</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="392"/>
        <source>expected a CSL item (an object), found %1</source>
        <translation>CSL-Eintrag (ein Objekt) erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="408"/>
        <source>the DOI &quot;%1&quot; is kept as %2</source>
        <translation>die DOI „%1“ wird als %2 übernommen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="415"/>
        <location filename="../src/core/io/csljson.cpp" line="442"/>
        <location filename="../src/core/io/timelinejs.cpp" line="416"/>
        <source>%1; %2 was skipped</source>
        <translation>%1; %2 wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="433"/>
        <source>&quot;%1&quot; is the same source as %2 (&quot;%3&quot;, same %4); merged into key &quot;%3&quot;</source>
        <translation>„%1“ ist dieselbe Quelle wie %2 („%3“, gleiche %4); unter dem Schlüssel „%3“ zusammengeführt</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="451"/>
        <source>no id; made the citation key &quot;%1&quot;</source>
        <translation>keine id; Zitierschlüssel „%1“ erzeugt</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="452"/>
        <source>the id &quot;%1&quot; became the citation key &quot;%2&quot;</source>
        <translation>aus der id „%1“ wurde der Zitierschlüssel „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="461"/>
        <source>read %1 source(s); %2 item(s) skipped</source>
        <translation>gelesene Quellen: %1; übersprungene Einträge: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/csljson.cpp" line="462"/>
        <source>read %n source(s)</source>
        <translation>
            <numerusform>%n Quelle gelesen</numerusform>
            <numerusform>%n Quellen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="504"/>
        <source>updated source &quot;%1&quot;</source>
        <translation>Quelle „%1“ aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="505"/>
        <source>&quot;%1&quot; is the guide&apos;s source &quot;%2&quot; (same URL); updated it and kept its key</source>
        <translation>„%1“ ist die Quelle „%2“ des Leitfadens (gleiche URL); aktualisiert, Schlüssel beibehalten</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="515"/>
        <source>the guide already has a different source with the key &quot;%1&quot;; added this one as &quot;%2&quot;</source>
        <translation>der Leitfaden hat bereits eine andere Quelle mit dem Schlüssel „%1“; diese wurde als „%2“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="522"/>
        <source>added source &quot;%1&quot;</source>
        <translation>Quelle „%1“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="21"/>
        <source>nothing (null)</source>
        <translation>nichts (null)</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="23"/>
        <source>a text value</source>
        <translation>ein Textwert</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="25"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="27"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="32"/>
        <location filename="../src/core/io/jsoninput.cpp" line="159"/>
        <source>nothing</source>
        <extracomment>What a YAML value is when it is absent, as in &quot;expected a key name, found nothing&quot;
----------
What a JSON value is when it is absent, as in &quot;expected a string, found nothing&quot;</extracomment>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="50"/>
        <location filename="../src/core/io/tomlfrontmatter.cpp" line="50"/>
        <source>the front matter expands to too many values</source>
        <translation>das Front Matter ergibt beim Auflösen zu viele Werte</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="81"/>
        <source>%1: expected a key name, found %2</source>
        <translation>%1: Schlüsselname erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="84"/>
        <source>(top)</source>
        <extracomment>Where in the front matter: its top level, outside any key</extracomment>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="89"/>
        <source>%1: the key appears twice</source>
        <translation>%1: der Schlüssel kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="253"/>
        <source>expected the front matter to be a mapping of keys (title: ...), found %1</source>
        <translation>Front Matter als Zuordnung von Schlüsseln erwartet (title: ...), %1 gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="265"/>
        <source>YAML syntax error: %1 (column %2)</source>
        <translation>YAML-Syntaxfehler: %1 (Spalte %2)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="53"/>
        <source>expected %1 (an object), found %2</source>
        <translation>%1 (ein Objekt) erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="85"/>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="106"/>
        <source>missing (a string is required)</source>
        <translation>fehlt (eine Zeichenkette ist erforderlich)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="145"/>
        <source>id %1 is used twice in this guide</source>
        <translation>ID %1 wird in diesem Leitfaden zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="171"/>
        <source>&quot;%1&quot; is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>„%1“ ist kein UTC-Zeitstempel (YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="181"/>
        <location filename="../src/core/io/timelinejs.cpp" line="394"/>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="213"/>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="227"/>
        <source>expected a whole number from 1 to 10, found %1</source>
        <translation>ganze Zahl von 1 bis 10 erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="232"/>
        <source>%1 is not a whole number from 1 to 10</source>
        <translation>%1 ist keine ganze Zahl von 1 bis 10</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="302"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="318"/>
        <source>the file is %1 MiB; a guide file may be at most %2 MiB</source>
        <translation>die Datei ist %1 MiB groß; eine Leitfadendatei darf höchstens %2 MiB groß sein</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="322"/>
        <source>%1: invalid UTF-8 (byte 0x%2)</source>
        <translation>%1: ungültiges UTF-8 (Byte 0x%2)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="329"/>
        <source>%1: JSON syntax error: %2</source>
        <translation>%1: JSON-Syntaxfehler: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="332"/>
        <source>expected a JSON object at the top level</source>
        <translation>JSON-Objekt auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="335"/>
        <source>%1: %2: the key is given twice in one object</source>
        <translation>%1: %2: der Schlüssel kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="353"/>
        <source>unknown format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>unbekanntes Format „%1“ (erwartet: „%2“)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="360"/>
        <source>expected a whole number from 1 up (the draft revision the file was exported from)</source>
        <translation>ganze Zahl ab 1 erwartet (die Entwurfsrevision, aus der die Datei exportiert wurde)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="419"/>
        <source>TimelineJS slide fields</source>
        <translation>TimelineJS-Folienfelder</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="423"/>
        <source>TimelineJS title slide, eras and scale</source>
        <translation>TimelineJS-Titelfolie, Epochen und Skala</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="459"/>
        <source>a CSL-JSON item</source>
        <translation>ein CSL-JSON-Eintrag</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="479"/>
        <source>a guide file</source>
        <translation>eine Leitfadendatei</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="40"/>
        <source>Markdown with front matter</source>
        <translation>Markdown mit Front Matter</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="42"/>
        <source>page text</source>
        <translation>Seitentext</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="44"/>
        <source>CSL-JSON sources</source>
        <translation>CSL-JSON-Quellen</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="46"/>
        <source>TimelineJS timeline</source>
        <translation>TimelineJS-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="87"/>
        <source>%1: a JSON object with keys %2%3, which is neither an almanac-guide/1 file (&quot;format&quot;), a TimelineJS timeline (&quot;events&quot;, or &quot;timeline&quot; in TimelineJS 2) nor a CSL item (type, title, author, DOI, …)</source>
        <translation>%1: ein JSON-Objekt mit den Schlüsseln %2%3, das weder eine almanac-guide/1-Datei („format“) noch eine TimelineJS-Zeitleiste („events“ bzw. „timeline“ in TimelineJS 2) noch ein CSL-Eintrag (type, title, author, DOI, …) ist</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="91"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="101"/>
        <source>%1: the file is empty; expected a guide (.json, .md, .txt), CSL-JSON sources or a TimelineJS timeline</source>
        <translation>%1: die Datei ist leer; erwartet wird ein Leitfaden (.json, .md, .txt), CSL-JSON-Quellen oder eine TimelineJS-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/core/io/importreport.cpp" line="17"/>
        <source>warning</source>
        <extracomment>The kind of an import finding, as in &quot;guide.md: line 3: warning: ...&quot;</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/core/io/importreport.cpp" line="20"/>
        <source>error</source>
        <extracomment>The kind of an import finding, as in &quot;guide.md: line 3: error: ...&quot;</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/core/io/importreport.cpp" line="23"/>
        <source>info</source>
        <extracomment>The kind of an import finding, as in &quot;guide.md: line 3: info: ...&quot;</extracomment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="21"/>
        <source>%1: the file is empty; expected JSON</source>
        <translation>%1: die Datei ist leer; JSON erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="28"/>
        <source>%1: %2: JSON syntax error: %3</source>
        <translation>%1: %2: JSON-Syntaxfehler: %3</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="146"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="148"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="150"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="152"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="154"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="150"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="172"/>
        <source>line 1: expected &quot;---&quot; opening YAML front matter (or &quot;+++&quot; opening TOML)</source>
        <translation>Zeile 1: „---“ als Beginn des YAML-Front-Matter-Blocks erwartet (oder „+++“ als Beginn von TOML)</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="190"/>
        <source>line 1: the front matter is not closed; expected a &quot;%1&quot; line after it</source>
        <translation>Zeile 1: der Front-Matter-Block ist nicht geschlossen; danach wird eine Zeile „%1“ erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="198"/>
        <source>line %1: front matter: %2</source>
        <translation>Zeile %1: Front Matter: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="205"/>
        <source>line %1: sections: the sections are the body&apos;s &quot;## &quot; headings, not a front-matter key</source>
        <translation>Zeile %1: sections: die Abschnitte sind die „## “-Überschriften des Textkörpers, kein Front-Matter-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="219"/>
        <source>line %1: %2: expected an object as one line of JSON</source>
        <translation>Zeile %1: %2: ein Objekt als eine Zeile JSON erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="248"/>
        <source>no slug in the front matter; made &quot;%1&quot; from the title</source>
        <translation>kein slug im Front Matter; „%1“ aus dem Titel gebildet</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="264"/>
        <source>text before the first &quot;## &quot; heading became a section without a heading</source>
        <translation>Text vor der ersten „## “-Überschrift wurde zu einem Abschnitt ohne Überschrift</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="285"/>
        <source>read %1 section(s), %2 takeaway(s), %3 timeline entr(ies), %4 FAQ, %5 source(s)</source>
        <translation>%1 Abschnitt(e), %2 Kernaussage(n), %3 Zeitleisteneintrag/-einträge, %4 FAQ, %5 Quelle(n) gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="76"/>
        <source>the text is empty; expected the text of a published guide page</source>
        <translation>der Text ist leer; erwartet wird der Text einer veröffentlichten Leitfadenseite</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="96"/>
        <source>this page heading appears a second time; its block was read like the first</source>
        <translation>diese Seitenüberschrift kommt ein zweites Mal vor; ihr Block wurde wie der erste gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="114"/>
        <source>dropped the site&apos;s &quot;Stay current&quot; block (not part of the guide)</source>
        <translation>Block „Stay current“ der Website verworfen (nicht Teil des Leitfadens)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="118"/>
        <source>ignored the versions list (%n line(s)); versions are made in the workspace</source>
        <translation>
            <numerusform>Versionsliste ignoriert (%n Zeile); Versionen werden im Arbeitsbereich erstellt</numerusform>
            <numerusform>Versionsliste ignoriert (%n Zeilen); Versionen werden im Arbeitsbereich erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="126"/>
        <source>%n related guide(s) could not be recovered (the page text has no slugs)%1; add them</source>
        <translation>
            <numerusform>%n verwandter Leitfaden konnte nicht wiederhergestellt werden (der Seitentext enthält keine Slugs)%1; fügen Sie ihn hinzu</numerusform>
            <numerusform>%n verwandte Leitfäden konnten nicht wiederhergestellt werden (der Seitentext enthält keine Slugs)%1; fügen Sie sie hinzu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="158"/>
        <source>no TL;DR found; expected the text of a published guide page: a kicker like &quot;Guide · Beginner&quot;, the title, the meta line, then a line starting with &quot;TL;DR&quot;</source>
        <translation>kein TL;DR gefunden; erwartet wird der Text einer veröffentlichten Leitfadenseite: eine Dachzeile wie „Guide · Beginner“, der Titel, die Metazeile, dann eine Zeile, die mit „TL;DR“ beginnt</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="163"/>
        <source>dropped the site masthead</source>
        <translation>Kopfbereich der Website verworfen</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="172"/>
        <source>kind &quot;%1&quot; and level &quot;%2&quot; from the kicker</source>
        <translation>Typ „%1“ und Niveau „%2“ aus der Dachzeile</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="186"/>
        <source>the kicker says &quot;%1&quot; but the meta line &quot;%2&quot;; kept &quot;%1&quot;</source>
        <translation>die Dachzeile sagt „%1“, die Metazeile aber „%2“; „%1“ beibehalten</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="195"/>
        <source>no status word (active, archived) in the meta line; set to &quot;%1&quot;</source>
        <translation>kein Statuswort (active, archived) in der Metazeile; auf „%1“ gesetzt</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="199"/>
        <source>no subject in the meta line; fill it in</source>
        <translation>kein Fachgebiet in der Metazeile; ergänzen Sie es</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="201"/>
        <source>subject &quot;%1&quot;, level &quot;%2&quot;, status &quot;%3&quot; from the meta line</source>
        <translation>Fachgebiet „%1“, Niveau „%2“, Status „%3“ aus der Metazeile</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="205"/>
        <source>the page&apos;s version (%1) and update time (%2) are not imported; created and updated are the time of import</source>
        <translation>Version (%1) und Aktualisierungszeit (%2) der Seite werden nicht importiert; created und updated erhalten den Zeitpunkt des Imports</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="210"/>
        <location filename="../src/core/io/pagetext.cpp" line="211"/>
        <source>none</source>
        <extracomment>Put for a version or an update time the page does not show</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="214"/>
        <source>no meta line (subject, level, status) before the TL;DR; fill in the subject</source>
        <translation>keine Metazeile (Fachgebiet, Niveau, Status) vor dem TL;DR; ergänzen Sie das Fachgebiet</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="223"/>
        <source>line %1: no title before the TL;DR; expected the guide&apos;s title on a line of its own above the meta line</source>
        <translation>Zeile %1: kein Titel vor dem TL;DR; erwartet wird der Titel des Leitfadens in einer eigenen Zeile über der Metazeile</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="229"/>
        <source>the title was read from %n lines; check it</source>
        <translation>
            <numerusform>der Titel wurde aus %n Zeile gelesen; prüfen Sie ihn</numerusform>
            <numerusform>der Titel wurde aus %n Zeilen gelesen; prüfen Sie ihn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="230"/>
        <source>title recognised</source>
        <translation>Titel erkannt</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="237"/>
        <source>the title gives no URL-safe slug; used &quot;%1&quot;; change it</source>
        <translation>der Titel ergibt keinen URL-tauglichen Slug; „%1“ verwendet; ändern Sie ihn</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="252"/>
        <source>the TL;DR is empty; write one</source>
        <translation>das TL;DR ist leer; schreiben Sie eines</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="254"/>
        <source>TL;DR recognised</source>
        <translation>TL;DR erkannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="272"/>
        <source>%n key takeaway(s) recognised</source>
        <translation>
            <numerusform>%n Kernaussage erkannt</numerusform>
            <numerusform>%n Kernaussagen erkannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="284"/>
        <source>section &quot;%1&quot;</source>
        <translation>Abschnitt „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="291"/>
        <source>text with no section heading above it; give the section a heading</source>
        <translation>Text ohne Abschnittsüberschrift darüber; geben Sie dem Abschnitt eine Überschrift</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="302"/>
        <source>section &quot;%1&quot; has no text</source>
        <translation>Abschnitt „%1“ hat keinen Text</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="347"/>
        <source>text before the first timeline entry was left out: &quot;%1&quot;</source>
        <translation>Text vor dem ersten Zeitleisteneintrag wurde ausgelassen: „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="355"/>
        <source>the timeline lost its numbering; every line was read as an entry title; check them</source>
        <translation>die Zeitleiste hat ihre Nummerierung verloren; jede Zeile wurde als Titel eines Eintrags gelesen; prüfen Sie sie</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="361"/>
        <source>timeline entry %1 (&quot;%2&quot;) has no date; fill it in</source>
        <translation>Zeitleisteneintrag %1 („%2“) hat kein Datum; ergänzen Sie es</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="366"/>
        <source>timeline entry %1 dated %2</source>
        <translation>Zeitleisteneintrag %1 datiert auf %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="378"/>
        <source>the topics were run together; split into %1 (&quot;%2&quot;); check the split</source>
        <translation>die Themen waren zusammengeschrieben; aufgeteilt in %1 („%2“); prüfen Sie die Aufteilung</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="382"/>
        <source>one topic recognised</source>
        <translation>ein Thema erkannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="389"/>
        <source>%n topic(s) recognised</source>
        <translation>
            <numerusform>%n Thema erkannt</numerusform>
            <numerusform>%n Themen erkannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="401"/>
        <source>text before the first FAQ question was left out: &quot;%1&quot;</source>
        <translation>Text vor der ersten FAQ-Frage wurde ausgelassen: „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="411"/>
        <source>%n FAQ question(s) recognised</source>
        <translation>
            <numerusform>%n FAQ-Frage erkannt</numerusform>
            <numerusform>%n FAQ-Fragen erkannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="415"/>
        <source>question &quot;%1&quot; has no answer</source>
        <translation>Frage „%1“ hat keine Antwort</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="446"/>
        <source>source %1 (%2) had a link, but the page text has no URL; add it</source>
        <translation>Quelle %1 (%2) hatte einen Link, aber der Seitentext enthält keine URL; ergänzen Sie sie</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="451"/>
        <source>source %1 shows only &quot;%2&quot;; fill in its published date</source>
        <translation>Quelle %1 zeigt nur „%2“; ergänzen Sie ihr Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="453"/>
        <location filename="../src/core/io/timelinejs.cpp" line="465"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="458"/>
        <source>dropped &quot;%1&quot; (not part of a source card)</source>
        <translation>„%1“ verworfen (nicht Teil einer Quellenkarte)</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="485"/>
        <source>source %1 has no title</source>
        <translation>Quelle %1 hat keinen Titel</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="487"/>
        <source>source %1 (%2) given the citation key &quot;%3&quot;</source>
        <translation>Quelle %1 (%2) erhielt den Zitierschlüssel „%3“</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="491"/>
        <source>the heading announces %1 source(s) but %2 card(s) were read; check them</source>
        <translation>die Überschrift kündigt %1 Quelle(n) an, gelesen wurden aber %2 Karte(n); prüfen Sie sie</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="505"/>
        <source>timeline entry %1 cites source [%2], which the page does not list</source>
        <translation>Zeitleisteneintrag %1 zitiert Quelle [%2], die auf der Seite nicht aufgeführt ist</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="121"/>
        <source>%1 (%2): %3; not kept</source>
        <translation>%1 (%2): %3; nicht übernommen</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="125"/>
        <source>the TL;DR comes from &quot;%1&quot;</source>
        <translation>das TL;DR stammt aus „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="130"/>
        <source>&quot;%1&quot; became the TL;DR</source>
        <translation>„%1“ wurde zum TL;DR</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/sitefrontmatter.cpp" line="141"/>
        <source>&quot;%1&quot; became %n topic(s)</source>
        <translation>
            <numerusform>„%1“ wurde zu %n Thema</numerusform>
            <numerusform>„%1“ wurde zu %n Themen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="147"/>
        <source>the created time comes from &quot;%1&quot;</source>
        <translation>der Erstellungszeitpunkt stammt aus „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="148"/>
        <source>the updated time comes from &quot;%1&quot;</source>
        <translation>der Aktualisierungszeitpunkt stammt aus „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="154"/>
        <source>not a date and time</source>
        <translation>kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="160"/>
        <source>&quot;%1&quot; became the created time</source>
        <translation>„%1“ wurde zum Erstellungszeitpunkt</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="161"/>
        <source>&quot;%1&quot; became the updated time</source>
        <translation>„%1“ wurde zum Aktualisierungszeitpunkt</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="167"/>
        <source>draft: true: the guide comes in as a draft, as every import does</source>
        <translation>draft: true: der Leitfaden wird als Entwurf übernommen, wie bei jedem Import</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="168"/>
        <source>draft: %1: the guide comes in as a draft; make a version and publish it to put it live</source>
        <translation>draft: %1: der Leitfaden wird als Entwurf übernommen; erstellen Sie eine Version und veröffentlichen Sie sie, um ihn online zu stellen</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="172"/>
        <source>a guide has no authors field</source>
        <translation>ein Leitfaden hat kein Feld authors</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="175"/>
        <source>not a language tag (BCP 47, such as &quot;de&quot;, &quot;ar&quot; or &quot;pt-BR&quot;)</source>
        <translation>keine Sprachkennung (BCP 47, etwa „de“, „ar“ oder „pt-BR“)</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="179"/>
        <source>&quot;lang&quot; became the language</source>
        <translation>„lang“ wurde als Sprache übernommen</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="181"/>
        <source>a front-matter key with no place in a guide</source>
        <translation>ein Front-Matter-Schlüssel, für den es im Leitfaden keinen Platz gibt</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="186"/>
        <source>a guide&apos;s status is active or archived</source>
        <translation>der Status eines Leitfadens ist active oder archived</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="188"/>
        <source>a guide&apos;s level is Beginner, Intermediate or Advanced</source>
        <translation>das Niveau eines Leitfadens ist Beginner, Intermediate oder Advanced</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="190"/>
        <source>a guide&apos;s id is a UUID; a new one is made</source>
        <translation>die id eines Leitfadens ist eine UUID; eine neue wird erzeugt</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="195"/>
        <source>the slug &quot;%1&quot; became &quot;%2&quot;</source>
        <translation>der Slug „%1“ wurde zu „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/io/textinput.cpp" line="20"/>
        <source>%1: the file is %2 MiB; an import may be at most %3 MiB</source>
        <translation>%1: die Datei ist %2 MiB groß; ein Import darf höchstens %3 MiB groß sein</translation>
    </message>
    <message>
        <location filename="../src/core/io/textinput.cpp" line="39"/>
        <source>%1: %2: invalid UTF-8 (byte 0x%3); save the file as UTF-8</source>
        <translation>%1: %2: ungültiges UTF-8 (Byte 0x%3); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/io/textinput.cpp" line="71"/>
        <source>a file to import</source>
        <translation>eine zu importierende Datei</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="82"/>
        <location filename="../src/core/io/timelinejs.cpp" line="92"/>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="88"/>
        <source>missing (TimelineJS needs a year)</source>
        <translation>fehlt (TimelineJS benötigt ein Jahr)</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="97"/>
        <source>missing (a day needs a month)</source>
        <translation>fehlt (ein Tag benötigt einen Monat)</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="106"/>
        <source>%1 is not a date (a month from 1 to 12, a day of that month)</source>
        <translation>%1 ist kein Datum (ein Monat von 1 bis 12, ein Tag dieses Monats)</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="117"/>
        <source>the event has no start_date; its date is left empty; fill it in</source>
        <translation>das Ereignis hat kein start_date; sein Datum bleibt leer; ergänzen Sie es</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="121"/>
        <source>expected an object like {&quot;year&quot;: 2015, &quot;month&quot;: 8}, found %1</source>
        <translation>ein Objekt wie {&quot;year&quot;: 2015, &quot;month&quot;: 8} erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="130"/>
        <source>expected an object like {&quot;year&quot;: 2015}, found %1</source>
        <translation>ein Objekt wie {&quot;year&quot;: 2015} erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="270"/>
        <source>expected an object with headline and text, found %1</source>
        <translation>ein Objekt mit headline und text erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="276"/>
        <location filename="../src/core/io/timelinejs.cpp" line="345"/>
        <source>the event has no headline; give the entry a title</source>
        <translation>das Ereignis hat keine headline; geben Sie dem Eintrag einen Titel</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="291"/>
        <source>expected a date like &quot;2011,12,10&quot;, found %1</source>
        <translation>ein Datum wie „2011,12,10“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="341"/>
        <source>the event has no startDate; its date is left empty; fill it in</source>
        <translation>das Ereignis hat kein startDate; sein Datum bleibt leer; ergänzen Sie es</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="368"/>
        <source>expected a TimelineJS object ({&quot;events&quot;: [...]}), found an array</source>
        <translation>ein TimelineJS-Objekt ({&quot;events&quot;: [...]}) erwartet, gefunden: ein Array</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="384"/>
        <source>a TimelineJS 2 file ({&quot;timeline&quot;: {&quot;date&quot;: [...]}}); read as such</source>
        <translation>eine TimelineJS-2-Datei ({&quot;timeline&quot;: {&quot;date&quot;: [...]}}); als solche gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="385"/>
        <source>an early TimelineJS 3 file ({&quot;timeline&quot;: {&quot;%1&quot;: [...]}}); read as such</source>
        <translation>eine frühe TimelineJS-3-Datei ({&quot;timeline&quot;: {&quot;%1&quot;: [...]}}); als solche gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="392"/>
        <source>missing (a TimelineJS file has an array of events)</source>
        <translation>fehlt (eine TimelineJS-Datei hat ein Array von Ereignissen)</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="403"/>
        <source>expected an event (an object), found %1</source>
        <translation>ein Ereignis (ein Objekt) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="440"/>
        <source>kept for timeline.json: %1</source>
        <translation>für timeline.json aufbewahrt: %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="448"/>
        <source>read %1 event(s), sorted by date; %2 skipped</source>
        <translation>%1 Ereignis(se) gelesen, nach Datum sortiert; %2 übersprungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/timelinejs.cpp" line="449"/>
        <source>read %n event(s), sorted by date</source>
        <translation>
            <numerusform>%n Ereignis gelesen, nach Datum sortiert</numerusform>
            <numerusform>%n Ereignisse gelesen, nach Datum sortiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="464"/>
        <source>skipped &quot;%1&quot; (%2): the guide has it already</source>
        <translation>„%1“ (%2) übersprungen: der Leitfaden enthält es bereits</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="476"/>
        <source>timeline entry &quot;%1&quot; has no date; fill it in</source>
        <translation>Zeitleisteneintrag „%1“ hat kein Datum; ergänzen Sie es</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/timelinejs.cpp" line="478"/>
        <source>added %n timeline entr(ies)</source>
        <translation>
            <numerusform>%n Zeitleisteneintrag hinzugefügt</numerusform>
            <numerusform>%n Zeitleisteneinträge hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="505"/>
        <source>the guide has a TimelineJS %1 already; kept it</source>
        <translation>der Leitfaden hat bereits TimelineJS-%1; beibehalten</translation>
    </message>
    <message>
        <location filename="../src/core/io/tomlfrontmatter.cpp" line="132"/>
        <source>TOML syntax error: %1 (column %2)</source>
        <translation>TOML-Syntaxfehler: %1 (Spalte %2)</translation>
    </message>
</context>
<context>
    <name>almanac::PublishText</name>
    <message>
        <location filename="../src/core/publish/bundlefolder.cpp" line="29"/>
        <source>%1: folders nested deeper than %2 levels at %3</source>
        <translation>%1: Ordner tiefer als %2 Ebenen verschachtelt bei %3</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlefolder.cpp" line="37"/>
        <source>%1: cannot list: %2</source>
        <translation>%1: kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlefolder.cpp" line="44"/>
        <source>%1: holds more than %2 entries</source>
        <translation>%1: enthält mehr als %2 Einträge</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlefolder.cpp" line="91"/>
        <source>and %1 more</source>
        <extracomment>The last of a list of files and folders: &quot;a.html, b.css, and 3 more&quot;.</extracomment>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="72"/>
        <source>offset %1: %2</source>
        <translation>Offset %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="74"/>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="77"/>
        <source>%1: expected &quot;%2&quot;</source>
        <translation>%1: „%2“ erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="81"/>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="103"/>
        <source>%1: expected an array</source>
        <translation>%1: ein Array erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="91"/>
        <source>%1: not a relative path inside the bundle</source>
        <translation>%1: kein relativer Pfad innerhalb des Bundles</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="94"/>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="119"/>
        <source>%1: expected 64 lowercase hex digits</source>
        <translation>%1: 64 Hexadezimalziffern in Kleinbuchstaben erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="98"/>
        <source>%1: expected a whole number</source>
        <translation>%1: eine ganze Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="114"/>
        <source>%1: expected a slug</source>
        <translation>%1: ein Slug erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="117"/>
        <source>%1: expected a number from 1</source>
        <translation>%1: eine Zahl ab 1 erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="92"/>
        <source>%1: cannot make a temporary folder beside it: %2</source>
        <translation>%1: daneben kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="102"/>
        <source>%1: cannot make the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="107"/>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="126"/>
        <source>%1: cannot replace it</source>
        <translation>%1: kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="135"/>
        <source>%1: cannot rename %2 to it</source>
        <translation>%1: %2 kann nicht in diesen Namen umbenannt werden</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="172"/>
        <location filename="../src/core/publish/bundlesink.cpp" line="217"/>
        <location filename="../src/core/publish/bundlesink.cpp" line="222"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="180"/>
        <source>%1: cannot start the zip (error %2)</source>
        <translation>%1: das zip kann nicht begonnen werden (Fehler %2)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="192"/>
        <source>%1: cannot add %2 (zip error %3): %4</source>
        <translation>%1: %2 kann nicht hinzugefügt werden (zip-Fehler %3): %4</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="199"/>
        <source>%1: cannot add %2 (zip error %3)</source>
        <translation>%1: %2 kann nicht hinzugefügt werden (zip-Fehler %3)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="209"/>
        <source>%1: cannot finish the zip (error %2)</source>
        <translation>%1: das zip kann nicht abgeschlossen werden (Fehler %2)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="249"/>
        <source>&quot;%1&quot;: not a file or folder name</source>
        <translation>„%1“: kein Datei- oder Ordnername</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="253"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="31"/>
        <source>; not replacing it (choose another name, or move it away yourself)</source>
        <extracomment>Follows a message such as &quot;%1: is a file, not a bundle folder&quot;.</extracomment>
        <translation>; wird nicht ersetzt (wählen Sie einen anderen Namen oder verschieben Sie es selbst)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="42"/>
        <source>%1: its manifest.json is not an Almanac bundle manifest (%2)</source>
        <translation>%1: die zugehörige manifest.json ist kein Manifest eines Almanac-Bundles (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="48"/>
        <source>%1: its manifest.json says it was made by &quot;%2&quot;, not by Almanac Studio</source>
        <translation>%1: laut der zugehörigen manifest.json wurde es von „%2“ erstellt, nicht von Almanac Studio</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="81"/>
        <source>%1: is a folder that is not empty and holds no manifest.json, so it is not a bundle (it holds %2)</source>
        <translation>%1: ist ein nicht leerer Ordner ohne manifest.json und daher kein Bundle (er enthält %2)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="88"/>
        <source>%1: its manifest.json is %2, not a file</source>
        <translation>%1: die zugehörige manifest.json ist %2, keine Datei</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="97"/>
        <source>a bundle manifest</source>
        <extracomment>What the file should be, as in &quot;%1: is a folder, not a bundle manifest&quot;.</extracomment>
        <translation>ein Bundle-Manifest</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="125"/>
        <source>%1: holds %2, which its manifest does not list; a folder that holds anything but an Almanac bundle is never replaced</source>
        <translation>%1: enthält %2, was sein Manifest nicht aufführt; ein Ordner, der etwas anderes als ein Almanac-Bundle enthält, wird nie ersetzt</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="136"/>
        <source>%1: is a file but not a zip bundle (%2)</source>
        <translation>%1: ist eine Datei, aber kein zip-Bundle (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="143"/>
        <source>%1: is a zip without a manifest.json, not a bundle</source>
        <translation>%1: ist ein zip ohne manifest.json, kein Bundle</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="151"/>
        <source>%1: its manifest.json cannot be read</source>
        <translation>%1: die zugehörige manifest.json kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="165"/>
        <source>%1: holds %2, which its manifest does not list; a zip that holds anything but an Almanac bundle is never replaced</source>
        <translation>%1: enthält %2, was sein Manifest nicht aufführt; ein zip, das etwas anderes als ein Almanac-Bundle enthält, wird nie ersetzt</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="180"/>
        <source>%1: is a symbolic link (to %2); a bundle is never written through a link: give the real path or a new name</source>
        <translation>%1: ist ein symbolischer Link (auf %2); ein Bundle wird nie über einen Link geschrieben: geben Sie den tatsächlichen Pfad oder einen neuen Namen an</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="186"/>
        <source>%1: is a folder, not replacing it with a zip</source>
        <translation>%1: ist ein Ordner; er wird nicht durch ein zip ersetzt</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="190"/>
        <source>%1: is a file, not a bundle folder</source>
        <translation>%1: ist eine Datei, kein Bundle-Ordner</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="195"/>
        <location filename="../src/core/publish/bundleverifier.cpp" line="190"/>
        <source>%1: is %2, not a bundle</source>
        <translation>%1: ist %2, kein Bundle</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="228"/>
        <source>%1: the old bundle was moved here and not removed: it holds %2</source>
        <translation>%1: das alte Bundle wurde hierher verschoben und nicht entfernt: es enthält %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="85"/>
        <source>%1, not a file; not followed or read</source>
        <translation>%1, keine Datei; weder verfolgt noch gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="95"/>
        <source>not in the bundle</source>
        <translation>nicht im Bundle</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="113"/>
        <source>over %1 MiB; not read</source>
        <translation>über %1 MiB; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="125"/>
        <source>listed in the manifest, not in the bundle</source>
        <translation>im Manifest aufgeführt, nicht im Bundle</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="134"/>
        <location filename="../src/core/publish/bundleverifier.cpp" line="145"/>
        <source>%1 bytes, the manifest says %2</source>
        <translation>%1 Bytes, laut Manifest %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="144"/>
        <source>more than the %1 bytes the manifest says</source>
        <translation>mehr als die %1 Bytes laut Manifest</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="147"/>
        <source>SHA-256 %1, the manifest says %2</source>
        <translation>SHA-256 %1, laut Manifest %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="181"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="183"/>
        <source>%1: is a symbolic link (to %2); verify the bundle itself</source>
        <translation>%1: ist ein symbolischer Link (auf %2); prüfen Sie das Bundle selbst</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="213"/>
        <source>listed more than once</source>
        <translation>mehrfach aufgeführt</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="229"/>
        <source>in the bundle, not in the manifest</source>
        <translation>im Bundle, nicht im Manifest</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="230"/>
        <source>%1 in the bundle, not in the manifest</source>
        <translation>%1 im Bundle, nicht im Manifest</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="239"/>
        <source>v%1 of %2 is listed but its guide.json is not</source>
        <translation>v%1 von %2 ist aufgeführt, die zugehörige guide.json aber nicht</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="244"/>
        <source>the checksum of %1 v%2 is not that of its guide.json</source>
        <translation>die Prüfsumme von %1 v%2 ist nicht die der zugehörigen guide.json</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlewriter.cpp" line="68"/>
        <source>%1: no guide with the slug &quot;%2&quot;</source>
        <translation>%1: kein Leitfaden mit dem Slug „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlewriter.cpp" line="76"/>
        <source>%1: %2 has no live version: publish one first</source>
        <translation>%1: %2 hat keine veröffentlichte Version: veröffentlichen Sie zuerst eine</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlewriter.cpp" line="139"/>
        <location filename="../src/core/publish/bundlewriter.cpp" line="224"/>
        <source>%1: export cancelled; nothing was written</source>
        <translation>%1: Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="36"/>
        <source>byte %1</source>
        <extracomment>A place in the zip file, as in &quot;no local header at byte 1200&quot;.</extracomment>
        <translation>Byte %1</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="51"/>
        <source>a zip bundle</source>
        <extracomment>What the file should be, as in &quot;%1: is a folder, not a zip bundle&quot;.</extracomment>
        <translation>ein zip-Bundle</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="75"/>
        <source>not a readable zip (no end of central directory record)</source>
        <translation>kein lesbares zip (kein Endeintrag des Zentralverzeichnisses)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="81"/>
        <source>a zip comment of %1 bytes, which bundles never have</source>
        <translation>ein zip-Kommentar von %1 Bytes, den Bundles nie haben</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="84"/>
        <source>%1 bytes after the end of central directory record</source>
        <translation>%1 Bytes nach dem Endeintrag des Zentralverzeichnisses</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="90"/>
        <source>the end record announces a comment that is not there</source>
        <translation>der Endeintrag kündigt einen Kommentar an, der nicht vorhanden ist</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="95"/>
        <source>a zip split over several disks</source>
        <translation>ein über mehrere Datenträger verteiltes zip</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="98"/>
        <source>the central directory (%1 bytes at %2) does not end where its end record starts (%3)</source>
        <translation>das Zentralverzeichnis (%1 Bytes bei %2) endet nicht dort, wo sein Endeintrag beginnt (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="112"/>
        <source>central directory header %1 at %2 is damaged</source>
        <translation>Header %1 des Zentralverzeichnisses bei %2 ist beschädigt</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="120"/>
        <source>central directory header %1 runs past the directory</source>
        <translation>Header %1 des Zentralverzeichnisses reicht über das Verzeichnis hinaus</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="140"/>
        <source>the entry says it starts on another disk</source>
        <translation>laut dem Eintrag beginnt er auf einem anderen Datenträger</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="142"/>
        <source>an extra field or comment in the central directory</source>
        <translation>ein Extrafeld oder Kommentar im Zentralverzeichnis</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="144"/>
        <source>an encrypted entry</source>
        <translation>ein verschlüsselter Eintrag</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="146"/>
        <source>compression method %1 (only stored and deflated are read)</source>
        <translation>Komprimierungsmethode %1 (nur stored und deflated werden gelesen)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="149"/>
        <source>a second entry with the same name</source>
        <translation>ein zweiter Eintrag mit demselben Namen</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="156"/>
        <source>%1 bytes in the central directory after its last header</source>
        <translation>%1 Bytes im Zentralverzeichnis nach seinem letzten Header</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="169"/>
        <source>%1 bytes that belong to no entry before it, from %2</source>
        <translation>%1 Bytes ab %2, die zu keinem Eintrag davor gehören</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="172"/>
        <source>its local header overlaps the entry before it</source>
        <translation>sein lokaler Header überlappt den vorherigen Eintrag</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="177"/>
        <source>no local header at %1</source>
        <translation>kein lokaler Header bei %1</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="185"/>
        <source>its data runs into the central directory</source>
        <translation>seine Daten reichen in das Zentralverzeichnis hinein</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="189"/>
        <source>the local header names another file</source>
        <translation>der lokale Header nennt eine andere Datei</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="191"/>
        <source>an extra field in the local header</source>
        <translation>ein Extrafeld im lokalen Header</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="195"/>
        <source>the local header and the central directory disagree</source>
        <translation>lokaler Header und Zentralverzeichnis stimmen nicht überein</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="200"/>
        <source>the local header and the central directory disagree on the sizes</source>
        <translation>lokaler Header und Zentralverzeichnis stimmen bei den Größen nicht überein</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="207"/>
        <source>its data descriptor does not match the central directory</source>
        <translation>sein Datendeskriptor passt nicht zum Zentralverzeichnis</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="215"/>
        <source>a folder entry that carries data (%1 bytes)</source>
        <translation>ein Ordnereintrag, der Daten enthält (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="221"/>
        <source>%1 bytes that belong to no entry before the central directory, from %2</source>
        <translation>%1 Bytes ab %2 vor dem Zentralverzeichnis, die zu keinem Eintrag gehören</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="239"/>
        <source>its data is not where the zip says</source>
        <translation>seine Daten liegen nicht dort, wo das zip angibt</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="254"/>
        <source>cannot start inflating</source>
        <translation>Dekomprimierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="272"/>
        <source>its compressed data is damaged</source>
        <translation>seine komprimierten Daten sind beschädigt</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="274"/>
        <source>%1 bytes after the end of its compressed data</source>
        <translation>%1 Bytes nach dem Ende seiner komprimierten Daten</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="276"/>
        <source>compression method %1 is not read</source>
        <translation>Komprimierungsmethode %1 wird nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="280"/>
        <source>%1 bytes of data, its header says %2</source>
        <translation>%1 Bytes Daten, sein Header gibt %2 an</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="281"/>
        <source>its CRC-32 does not match its data</source>
        <translation>seine CRC-32 passt nicht zu seinen Daten</translation>
    </message>
</context>
<context>
    <name>almanac::StoreText</name>
    <message>
        <location filename="../src/core/store/backup.cpp" line="64"/>
        <source>%1: exists; a backup never replaces a file</source>
        <translation>%1: existiert bereits; eine Sicherung ersetzt nie eine Datei</translation>
    </message>
    <message>
        <location filename="../src/core/store/backup.cpp" line="67"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="75"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/store/backup.cpp" line="75"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/backup.cpp" line="97"/>
        <source>the copy fails its integrity check: %1</source>
        <translation>die Kopie besteht die Integritätsprüfung nicht: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/backup.cpp" line="107"/>
        <source>%1: cannot back up %2: %3</source>
        <translation>%1: %2 kann nicht gesichert werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/backup.cpp" line="113"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="50"/>
        <source>%1: &quot;%2&quot; has no comment %3</source>
        <translation>%1: „%2“ hat keinen Kommentar %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="66"/>
        <source>%1: v%2 of &quot;%3&quot; has no %4 item with the id %5</source>
        <extracomment>%4 is a part&apos;s name as guide files have it: takeaways, sections, timeline, faq, sources</extracomment>
        <translation>%1: v%2 von „%3“ hat kein Element in %4 mit der ID %5</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="75"/>
        <source>%1: v%2 of &quot;%3&quot; does not have the quoted passage at %4 of its %5</source>
        <extracomment>%4 is a character position; %5 a field&apos;s name as guide files have it (body, text...)</extracomment>
        <translation>%1: v%2 von „%3“ hat die zitierte Passage nicht an Position %4 in %5</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="90"/>
        <source>%1: a comment needs some text</source>
        <translation>%1: ein Kommentar braucht Text</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="134"/>
        <source>%1: cannot add the comment: %2</source>
        <translation>%1: der Kommentar kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="165"/>
        <source>%1: no open comment with the id %2</source>
        <translation>%1: kein offener Kommentar mit der ID %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="175"/>
        <source>%1: cannot resolve the comment: %2</source>
        <translation>%1: der Kommentar kann nicht als erledigt markiert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/dialect.cpp" line="89"/>
        <source>not a PostgreSQL connection string</source>
        <translation>keine PostgreSQL-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <location filename="../src/core/store/dialect.cpp" line="100"/>
        <source>the connection string holds a password; keep it in ~/.pgpass or PGPASSWORD instead, never in a workspace location</source>
        <translation>die Verbindungszeichenfolge enthält ein Passwort; legen Sie es stattdessen in ~/.pgpass oder PGPASSWORD ab, nie in der Ortsangabe eines Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../src/core/store/dialect.cpp" line="115"/>
        <source>a &quot;;&quot; in a connection string value is not supported</source>
        <translation>ein „;“ in einem Wert der Verbindungszeichenfolge wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="23"/>
        <source>imported</source>
        <extracomment>What &quot;almanac import&quot; did, printed before the guide&apos;s slug: &quot;imported tidal-power&quot;</extracomment>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="29"/>
        <source>replaced draft</source>
        <extracomment>What &quot;almanac import&quot; did, printed before the guide&apos;s slug: &quot;replaced draft tidal-power&quot;</extracomment>
        <translation>ersetzter Entwurf</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="36"/>
        <source>%1: id: the base is another guide (%2) than %3 (%4)</source>
        <translation>%1: id: die Basis ist ein anderer Leitfaden (%2) als %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="43"/>
        <location filename="../src/core/store/guideimport.cpp" line="98"/>
        <source>updated draft</source>
        <extracomment>What &quot;almanac import&quot; did, printed before the guide&apos;s slug: &quot;updated draft tidal-power&quot;</extracomment>
        <translation>aktualisierter Entwurf</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="46"/>
        <source>%1: revision: the file says it was exported at revision %2, but the draft of &quot;%3&quot; in %4 is at revision %5: it comes from another workspace; pass --base FILE or --replace</source>
        <translation>%1: revision: laut Datei wurde sie bei Revision %2 exportiert, aber der Entwurf von „%3“ in %4 steht bei Revision %5: sie stammt aus einem anderen Arbeitsbereich; übergeben Sie --base FILE oder --replace</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="58"/>
        <source>%1: revision: revision %2 of &quot;%3&quot; is no longer kept (the workspace keeps the last %4); pass --base FILE with the file it was edited from, or --replace to overwrite the draft</source>
        <translation>%1: revision: Revision %2 von „%3“ wird nicht mehr aufbewahrt (der Arbeitsbereich bewahrt die letzten %4 auf); übergeben Sie --base FILE mit der Datei, von der aus sie bearbeitet wurde, oder --replace, um den Entwurf zu überschreiben</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="72"/>
        <source>%1: the file has no &quot;revision&quot; (it was not exported from this workspace&apos;s draft), so what was saved to &quot;%2&quot; since cannot be told apart from its own changes; nothing was overwritten. Export the draft again and apply your edits, pass --base FILE with the file yours started from, or --replace to overwrite the draft</source>
        <translation>%1: die Datei hat keine „revision“ (sie wurde nicht aus dem Entwurf dieses Arbeitsbereichs exportiert), daher lässt sich das, was seitdem in „%2“ gespeichert wurde, nicht von ihren eigenen Änderungen unterscheiden; es wurde nichts überschrieben. Exportieren Sie den Entwurf erneut und übertragen Sie Ihre Änderungen, übergeben Sie --base FILE mit der Datei, von der Ihre Fassung ausging, oder --replace, um den Entwurf zu überschreiben</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="85"/>
        <source>%1: %2: conflict: this file has &quot;%3&quot;, the draft (revision %4) has &quot;%5&quot;, where both started from &quot;%6&quot;</source>
        <translation>%1: %2: Konflikt: diese Datei hat „%3“, der Entwurf (Revision %4) hat „%5“, wobei beide von „%6“ ausgingen</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="100"/>
        <source>merged with changes saved since, into</source>
        <translation>zusammengeführt mit seither gespeicherten Änderungen in</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="113"/>
        <source>%1: slug: &quot;%2&quot; belongs to another guide in the workspace</source>
        <translation>%1: slug: „%2“ gehört zu einem anderen Leitfaden im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="149"/>
        <source>%1: other programs kept saving these guides; try again</source>
        <translation>%1: andere Programme haben diese Leitfäden fortlaufend gespeichert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../src/core/store/offlinejournal.cpp" line="35"/>
        <source>%1: cannot read &quot;%2&quot;</source>
        <translation>%1: „%2“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/offlinejournal.cpp" line="63"/>
        <source>%1: &quot;%2&quot; kept being saved by others; trying again later</source>
        <translation>%1: „%2“ wurde fortlaufend von anderen gespeichert; später neuer Versuch</translation>
    </message>
    <message>
        <location filename="../src/core/store/offlinejournal.cpp" line="84"/>
        <source>%1: the offline journal cannot be opened: %2</source>
        <translation>%1: das Offline-Journal kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/offlinejournal.cpp" line="88"/>
        <source>its folder cannot be made</source>
        <translation>der zugehörige Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/presence.cpp" line="106"/>
        <source>%1 (typing)</source>
        <extracomment>A person who has the guide open and is typing in it: &quot;bo (typing)&quot;</extracomment>
        <translation>%1 (tippt)</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="287"/>
        <source>%1: not a team workspace; teams work on a PostgreSQL server (docs/team.md)</source>
        <translation>%1: kein Team-Arbeitsbereich; Teams arbeiten auf einem PostgreSQL-Server (docs/team.md)</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="410"/>
        <source>&quot;%1&quot; is not a role; use %2</source>
        <translation>„%1“ ist keine Rolle; verwenden Sie %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="415"/>
        <source>&quot;%1&quot; cannot be a user name: lowercase letters, digits and _, not starting with almanac_ or pg_</source>
        <translation>„%1“ kann kein Benutzername sein: Kleinbuchstaben, Ziffern und _, nicht beginnend mit almanac_ oder pg_</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="423"/>
        <source>%1: not a team yet; run &quot;almanac team init&quot; first</source>
        <translation>%1: noch kein Team; führen Sie zuerst „almanac team init“ aus</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="431"/>
        <source>%1: cannot add %2: %3</source>
        <translation>%1: %2 kann nicht hinzugefügt werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="467"/>
        <source>%1: no user &quot;%2&quot;</source>
        <translation>%1: kein Benutzer „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="473"/>
        <source>%1: cannot remove %2: %3</source>
        <translation>%1: %2 kann nicht entfernt werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="520"/>
        <source>Editing drafts</source>
        <translation>Bearbeiten von Entwürfen</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="521"/>
        <source>Making a version</source>
        <translation>Erstellen einer Version</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="522"/>
        <source>Submitting for review</source>
        <translation>Einreichen zur Prüfung</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="523"/>
        <source>Approving</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="524"/>
        <source>Requesting changes</source>
        <translation>Anfordern von Änderungen</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="525"/>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="526"/>
        <source>Commenting</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="527"/>
        <source>Managing people</source>
        <translation>Verwalten von Personen</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="531"/>
        <source> or </source>
        <extracomment>Joins the names of roles: &quot;reviewer or editor&quot;</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="534"/>
        <source>%1 takes the %2 role on this team workspace; %3 has %4.</source>
        <extracomment>%1 is what is refused (&quot;Approving&quot;), %2 the roles it takes (&quot;reviewer&quot;), %3 the person&apos;s login name, %4 what they have (&quot;no Almanac role&quot; or &quot;the editor role&quot;)</extracomment>
        <translation>%1 erfordert in diesem Team-Arbeitsbereich die Rolle %2; %3 hat %4.</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="536"/>
        <source>no Almanac role</source>
        <translation>keine Almanac-Rolle</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="538"/>
        <source>the %1 role</source>
        <translation>die Rolle %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/trash.cpp" line="26"/>
        <location filename="../src/core/store/trash.cpp" line="45"/>
        <source>%1: cannot delete &quot;%2&quot;: %3</source>
        <translation>%1: „%2“ kann nicht gelöscht werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/trash.cpp" line="31"/>
        <source>%1: &quot;%2&quot; has versions and cannot be deleted; set its status to archived instead</source>
        <extracomment>&quot;archived&quot; is the name of a guide status, as guide files have it</extracomment>
        <translation>%1: „%2“ hat Versionen und kann nicht gelöscht werden; setzen Sie stattdessen den Status auf archived</translation>
    </message>
    <message>
        <location filename="../src/core/store/trash.cpp" line="63"/>
        <source>%1: the trash holds no guide %2</source>
        <translation>%1: der Papierkorb enthält keinen Leitfaden %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="56"/>
        <source>nothing more can be done to it</source>
        <translation>damit ist nichts weiter möglich</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="58"/>
        <source>it can only be: %1</source>
        <translation>möglich ist nur noch: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="70"/>
        <source>submitted for review</source>
        <extracomment>What was done to a version: &quot;tidal-power v2 submitted for review&quot;</extracomment>
        <translation>zur Prüfung eingereicht</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="73"/>
        <source>approved</source>
        <extracomment>What was done to a version: &quot;tidal-power v2 approved&quot;</extracomment>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="76"/>
        <source>sent back with changes requested</source>
        <extracomment>What was done to a version: &quot;tidal-power v2 sent back with changes requested&quot;</extracomment>
        <translation>mit angeforderten Änderungen zurückgegeben</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="79"/>
        <source>published</source>
        <extracomment>What was done to a version: &quot;tidal-power v2 published&quot;</extracomment>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="99"/>
        <location filename="../src/core/store/versionstore.cpp" line="147"/>
        <location filename="../src/core/store/versionstore.cpp" line="297"/>
        <source>%1: no guide with the slug &quot;%2&quot;</source>
        <translation>%1: kein Leitfaden mit dem Slug „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="127"/>
        <source>&quot;%1&quot; is not published: the published page will not link to it</source>
        <translation>„%1“ ist nicht veröffentlicht: die veröffentlichte Seite wird nicht darauf verlinken</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="156"/>
        <source>%1: &quot;%2&quot; cannot be made a version: its slug &quot;%3&quot; belongs to another guide; choose another one</source>
        <translation>%1: aus „%2“ kann keine Version erstellt werden: der Slug „%3“ gehört zu einem anderen Leitfaden; wählen Sie einen anderen</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="158"/>
        <source>%1: &quot;%2&quot; cannot be made a version: its slug &quot;%3&quot; is not a slug (lowercase letters, digits and dashes)</source>
        <translation>%1: aus „%2“ kann keine Version erstellt werden: der Slug „%3“ ist kein Slug (Kleinbuchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="167"/>
        <location filename="../src/core/store/versionstore.cpp" line="211"/>
        <source>%1: cannot make a version of &quot;%2&quot;: %3</source>
        <translation>%1: von „%2“ kann keine Version erstellt werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="254"/>
        <location filename="../src/core/store/versionstore.cpp" line="269"/>
        <source>%1: &quot;%2&quot; has no version v%3</source>
        <translation>%1: „%2“ hat keine Version v%3</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="277"/>
        <source>%1: version v%2 of &quot;%3&quot; is damaged (its SHA-256 does not match)</source>
        <translation>%1: Version v%2 von „%3“ ist beschädigt (ihr SHA-256 stimmt nicht überein)</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="318"/>
        <source>%1: v%2 of &quot;%3&quot; is %4 and cannot be %5; %6</source>
        <extracomment>%4 is the version&apos;s state as stored (draft, in-review, approved, published); %5 what was asked (&quot;approved&quot;); %6 what can be done instead (&quot;it can only be: ...&quot;)</extracomment>
        <translation>%1: v%2 von „%3“ ist %4 und kann nicht %5 werden; %6</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="337"/>
        <source>%1: v%2 of &quot;%3&quot; has lint errors and cannot be submitted: %4</source>
        <translation>%1: v%2 von „%3“ hat Lint-Fehler und kann nicht eingereicht werden: %4</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="346"/>
        <source>%1: a request for changes needs a note saying what to change</source>
        <translation>%1: eine Anforderung von Änderungen braucht eine Notiz, was geändert werden soll</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="382"/>
        <source>v%1 of &quot;%2&quot; was changed by someone else meanwhile; look again</source>
        <translation>v%1 von „%2“ wurde inzwischen von jemand anderem geändert; sehen Sie erneut nach</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="260"/>
        <source>cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="275"/>
        <location filename="../src/core/store/workspace.cpp" line="285"/>
        <location filename="../src/core/store/workspace.cpp" line="288"/>
        <location filename="../src/core/store/workspace.cpp" line="290"/>
        <location filename="../src/core/store/workspace.cpp" line="310"/>
        <location filename="../src/core/store/workspace.cpp" line="328"/>
        <source>cannot save &quot;%1&quot;</source>
        <translation>„%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="286"/>
        <source>the guide was removed by another program; nothing was saved</source>
        <translation>der Leitfaden wurde von einem anderen Programm entfernt; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="289"/>
        <source>a guide with this id is already in the workspace; nothing was saved</source>
        <translation>ein Leitfaden mit dieser ID ist bereits im Arbeitsbereich; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="291"/>
        <source>another program saved revision %1 since revision %2 was read; nothing was saved</source>
        <translation>ein anderes Programm hat Revision %1 gespeichert, seit Revision %2 gelesen wurde; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="346"/>
        <source>&quot;%1&quot; is not a guide id</source>
        <translation>„%1“ ist keine Leitfaden-ID</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="351"/>
        <source>&quot;%1&quot; is not a slug</source>
        <translation>„%1“ ist kein Slug</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="361"/>
        <source>the slug &quot;%1&quot; belongs to another guide (&quot;%2&quot;); nothing was saved</source>
        <translation>der Slug „%1“ gehört zu einem anderen Leitfaden („%2“); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="401"/>
        <source>&quot;%1&quot; is not a status</source>
        <translation>„%1“ ist kein Status</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="409"/>
        <location filename="../src/core/store/workspace.cpp" line="436"/>
        <source>no such guide</source>
        <translation>kein solcher Leitfaden</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="441"/>
        <source>saved again since revision %1 (now %2); nothing was removed</source>
        <translation>seit Revision %1 erneut gespeichert (jetzt %2); es wurde nichts entfernt</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="23"/>
        <source>database: cannot be checked: %1</source>
        <translation>Datenbank: kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="31"/>
        <source>database: %1</source>
        <extracomment>%1 is a problem SQLite&apos;s integrity check found, in its own words</extracomment>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="37"/>
        <source>database: a row of %1 refers to a missing row of %2</source>
        <translation>Datenbank: eine Zeile von %1 verweist auf eine fehlende Zeile von %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="56"/>
        <source>%1: the draft cannot be read</source>
        <translation>%1: der Entwurf kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="60"/>
        <source>%1: draft: %2</source>
        <translation>%1: Entwurf: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="69"/>
        <source>%1: versions: %2</source>
        <translation>%1: Versionen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacefeed.cpp" line="68"/>
        <source>cannot keep the edits of &quot;%1&quot;</source>
        <translation>die Änderungen an „%1“ können nicht aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="39"/>
        <source>the disk holding the workspace has become read-only; nothing was written, and the workspace is as it was before</source>
        <translation>der Datenträger mit dem Arbeitsbereich ist schreibgeschützt geworden; es wurde nichts geschrieben, und der Arbeitsbereich ist unverändert</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="42"/>
        <source>the disk holding the workspace is full; nothing was written; free some space</source>
        <translation>der Datenträger mit dem Arbeitsbereich ist voll; es wurde nichts geschrieben; geben Sie Speicherplatz frei</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="69"/>
        <source>%1: already exists; choose a new file name for the workspace</source>
        <translation>%1: existiert bereits; wählen Sie einen neuen Dateinamen für den Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="95"/>
        <source>no such workspace (make one with &quot;almanac init&quot;)</source>
        <translation>kein solcher Arbeitsbereich (erstellen Sie einen mit „almanac init“)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="97"/>
        <source>is a folder, not a workspace file</source>
        <translation>ist ein Ordner, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="103"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="179"/>
        <source>the workspace file is read-only; make it writable to open it</source>
        <translation>die Arbeitsbereichsdatei ist schreibgeschützt; machen Sie sie beschreibbar, um sie zu öffnen</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="106"/>
        <source>the folder %1 is read-only; the workspace needs to write its journal there</source>
        <translation>der Ordner %1 ist schreibgeschützt; der Arbeitsbereich muss dort sein Journal schreiben</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="126"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="135"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="176"/>
        <source>the workspace is locked by another program; try again when it is done</source>
        <translation>der Arbeitsbereich ist von einem anderen Programm gesperrt; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="141"/>
        <source>cannot read: the disk is full (%1 bytes free), and SQLite needs room to open a workspace; free some space and try again (%2)</source>
        <translation>kann nicht gelesen werden: der Datenträger ist voll (%1 Bytes frei), und SQLite braucht Platz, um einen Arbeitsbereich zu öffnen; geben Sie Speicherplatz frei und versuchen Sie es erneut (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="146"/>
        <source>not an Almanac workspace (the file is not an SQLite database)</source>
        <translation>kein Almanac-Arbeitsbereich (die Datei ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="147"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="161"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="225"/>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="150"/>
        <source>not an Almanac workspace (the database has no Almanac tables)</source>
        <translation>kein Almanac-Arbeitsbereich (die Datenbank hat keine Almanac-Tabellen)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="153"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="235"/>
        <source>the workspace has schema version %1, made by a newer Almanac Studio; this program knows versions up to %2 and changed nothing</source>
        <translation>der Arbeitsbereich hat die Schemaversion %1 und wurde von einem neueren Almanac Studio erstellt; dieses Programm kennt Versionen bis %2 und hat nichts geändert</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="163"/>
        <source>the workspace file is damaged (%1); &quot;almanac check&quot; says what is damaged; restore a backup</source>
        <translation>die Arbeitsbereichsdatei ist beschädigt (%1); „almanac check“ zeigt, was beschädigt ist; stellen Sie eine Sicherung wieder her</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="180"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="187"/>
        <source>cannot switch the journal to WAL: %1</source>
        <translation>das Journal kann nicht auf WAL umgestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="210"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="219"/>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="227"/>
        <source>not an Almanac workspace (the database has other tables)</source>
        <translation>kein Almanac-Arbeitsbereich (die Datenbank enthält andere Tabellen)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="229"/>
        <source>not an Almanac workspace (the database is empty; make one with &quot;almanac init&quot;)</source>
        <translation>kein Almanac-Arbeitsbereich (die Datenbank ist leer; erstellen Sie einen mit „almanac init“)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="252"/>
        <source>the server cannot be reached</source>
        <translation>der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="279"/>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="281"/>
        <source>the workspace is locked by another program</source>
        <translation>der Arbeitsbereich ist von einem anderen Programm gesperrt</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="310"/>
        <source>cannot bring the schema from version %1 to %2: %3</source>
        <translation>das Schema kann nicht von Version %1 auf %2 gebracht werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacesearch.cpp" line="28"/>
        <location filename="../src/core/store/workspacesearch.cpp" line="39"/>
        <source>search</source>
        <extracomment>What failed, in &quot;WORKSPACE: search: why&quot;</extracomment>
        <translation>Suche</translation>
    </message>
</context>
</TS>
