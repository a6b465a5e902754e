<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../src/fielddoc/gui/models/conflicts.py" line="+45"/>
        <source>created</source>
        <translation>жасалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict resolved</source>
        <translation>қайшылық шешілді</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Құрылғылар</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/conflicts.py" line="+74"/>
        <source>Conflicting versions</source>
        <translation>Нұсқалар қайшылығы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These records were changed on more than one device before the changes met at HQ. Compare the versions, then keep one of them or merge them field by field. Nothing is deleted: every version stays in the record&apos;s history.</source>
        <translation>Бұл жазбалар өзгерістер штабқа жеткенге дейін бірнеше құрылғыда өзгертілген. Нұсқаларды салыстырып, біреуін қалдырыңыз немесе оларды өріс бойынша біріктіріңіз. Ештеңе жойылмайды: әр нұсқа жазба тарихында сақталады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+203"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>No conflicts: every record has one current version</source>
        <translation>Қайшылық жоқ: әр жазбаның бір ғана ағымдағы нұсқасы бар</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>To merge: for each field that differs (marked ≠), choose the version whose value to keep, preview the merged version, then save it.</source>
        <translation>Біріктіру үшін: ерекшеленетін әр өріс үшін (≠ белгісімен) мәні қалатын нұсқаны таңдаңыз, біріктірілген нұсқаны алдын ала қарап, содан кейін сақтаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only the fields that differ</source>
        <translation>Тек ерекшеленетін өрістерді көрсету</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare and merge</source>
        <translation>Салыстыру және біріктіру</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merged version</source>
        <translation>Біріктірілген нұсқа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preview merged version</source>
        <translation>Біріктірілген нұсқаны &amp;алдын ала қарау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save merged version…</source>
        <translation>Біріктірілген нұсқаны &amp;сақтау…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>Қайшылықтағы жазбалар: %n</numerusform>
            <numerusform>Қайшылықтағы жазбалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This record no longer has competing versions (it was resolved elsewhere).</source>
        <translation>Бұл жазбаның енді бәсекелес нұсқалары жоқ (қайшылық басқа жерде шешілген).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{kind} · %n competing version(s)</source>
        <translation>
            <numerusform>{kind} · %n бәсекелес нұсқа</numerusform>
            <numerusform>{kind} · %n бәсекелес нұсқа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The other versions are not deleted: they stay in the record&apos;s history.</source>
        <translation>Басқа нұсқалар жойылмайды: олар жазба тарихында қалады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {version} (from {device}) as the current version of “{title}”?</source>
        <translation>«{title}» жазбасының ағымдағы нұсқасы ретінде {version} ({device} құрылғысынан) қалдырылсын ба?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this version</source>
        <translation>Осы нұсқаны қалдыру</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the merged version as the current version of “{title}”?</source>
        <translation>Біріктірілген нұсқа «{title}» жазбасының ағымдағы нұсқасы ретінде сақталсын ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save merged version</source>
        <translation>Біріктірілген нұсқаны сақтау</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the resolution…</source>
        <translation>Шешім сақталуда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolved “{title}”. Every version stays in its history.</source>
        <translation>«{title}» жазбасының қайшылығы шешілді. Барлық нұсқа оның тарихында сақталады.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Records in conflict</source>
        <translation>Қайшылығы бар жазбалар</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The versions side by side</source>
        <translation>Нұсқалар қатар</translation>
    </message>
</context>
<context>
    <name>VersionComparison</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/conflicts_compare.py" line="+57"/>
        <source>Version {n}</source>
        <translation>{n}-нұсқа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{version} (shown now)</source>
        <translation>{version} (қазір көрсетілуде)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Device:</source>
        <translation>Құрылғы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved:</source>
        <translation>Сақталған:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{when} · revision {n}</source>
        <translation>{when} · {n}-редакция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change:</source>
        <translation>Өзгеріс:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{change} by {author}</source>
        <translation>{change}, авторы: {author}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep this version</source>
        <translation>Осы нұсқаны &amp;қалдыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this version the current one; the others stay in the history.</source>
        <translation>Осы нұсқаны ағымдағы нұсқа ету; қалғандары тарихта сақталады.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep in the merge</source>
        <translation>Біріктіруде қалдыру</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keep {field} from</source>
        <translation>«{field}» мәнін алатын нұсқа</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>same in all</source>
        <translation>барлығында бірдей</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Differs: {parts}</source>
        <translation>Ерекшеленеді: {parts}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>merged from {n} versions</source>
        <translation>{n} нұсқадан біріктірілген</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This merged version cannot be saved as it is:</source>
        <translation>Бұл біріктірілген нұсқаны осы күйінде сақтау мүмкін емес:</translation>
    </message>
</context>
</TS>
