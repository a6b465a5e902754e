<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AdvancedJson</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/advanced.py" line="+64"/>
        <source>Parts of this record that the form does not show, as JSON. They are kept when you save; edit them here only if you know the data model.</source>
        <translation>Жазбаның пішінде көрсетілмейтін бөліктері, JSON түрінде. Сақтаған кезде олар жоғалмайды; деректер моделін білсеңіз ғана осында өзгертіңіз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other fields (JSON)</source>
        <translation>Басқа өрістер (JSON)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>not valid JSON (line {line}, column {column})</source>
        <translation>JSON қате (жол {line}, баған {column})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON object {…}</source>
        <translation>JSON нысаны {…} болуы керек</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/checklist.py" line="+328"/>
        <source>&lt;b&gt;Analyst&apos;s assessment.&lt;/b&gt; Legal assessment made later by an analyst, kept apart from what the monitor observed. The monitor&apos;s answer is shown for reference; the compliant answer is given in brackets.</source>
        <translation>&lt;b&gt;Талдаушының бағасы.&lt;/b&gt; Кейін талдаушы беретін құқықтық баға; ол бақылаушы тіркеген деректерден бөлек сақталады. Бақылаушының жауабы анықтама үшін көрсетілген; стандартқа сай жауап жақша ішінде берілген.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>[compliant: {answer}]</source>
        <translation>[стандартқа сай: {answer}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[for information]</source>
        <translation>[мәлімет үшін]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The monitor&apos;s answer</source>
        <translation>Бақылаушының жауабы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment of: {question}</source>
        <translation>Бағасы: {question}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning on: {question}</source>
        <translation>Сұрақ бойынша негіздеме: {question}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standards applied to: {question}</source>
        <translation>Сұраққа қолданылған стандарттар: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standards, separated by commas, e.g. {example}</source>
        <translation>Стандарттар үтір арқылы, мысалы {example}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status of the assessment of: {question}</source>
        <translation>Сұрақ бойынша бағалау мәртебесі: {question}</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/evidence.py" line="+76"/>
        <source>&amp;Attachment</source>
        <translation>&amp;Тіркеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Дереккөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Related records:</source>
        <translation>&amp;Байланысты жазбалар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured &amp;at:</source>
        <translation>Қ&amp;ашан алынды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local offset:</source>
        <translation>Жергілікті ығысу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured &amp;by:</source>
        <translation>&amp;Кім алды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Тәсілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>audio recorder</source>
        <translation>диктофон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scan</source>
        <translation>скан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>screenshot</source>
        <translation>экран суреті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web archive</source>
        <translation>веб-мұрағат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file import</source>
        <translation>файлды импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;vice:</source>
        <translation>Құ&amp;рылғы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool:</source>
        <translation>Құрал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool version:</source>
        <translation>Құрал нұсқасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title:</source>
        <translation>Бет тақырыбы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post id:</source>
        <translation>Жарияланым ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location source:</source>
        <translation>Координаттар көзі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude:</source>
        <translation>Ендік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude:</source>
        <translation>Бойлық:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy (m):</source>
        <translation>Дәлдігі (м):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unverified</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verified</source>
        <translation>тексерілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disputed</source>
        <translation>даулы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At:</source>
        <translation>Қашан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Files and custody</source>
        <translation>&amp;Файлдар және сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files (fixed at capture)</source>
        <translation>Файлдар (алынған кезде бекітілген)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain of custody (append-only)</source>
        <translation>Сақтау тізбегі (тек толықтырылады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash verified</source>
        <translation>Хеш тексерілді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id</source>
        <translation>Кілт ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view</source>
        <translation>Қ&amp;арау</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../src/fielddoc/gui/attachments.py" line="+145"/>
        <source>Select an attachment to preview it.</source>
        <translation>Қарау үшін тіркемені таңдаңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash verified</source>
        <translation>Хеш тексерілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain of custody:</source>
        <translation>Сақтау тізбегі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify SHA-256</source>
        <translation>SHA-256 &amp;тексеру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;decrypted copy…</source>
        <translation>&amp;Шифрсыз көшірмені сақтау…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>File: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: {mime} · Size: {size}</source>
        <translation>Түрі: {mime} · Көлемі: {size}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 (at capture): {sha}</source>
        <translation>SHA-256 (алынған кезде): {sha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file itself is not stored on this device (only its description).</source>
        <translation>Файлдың өзі бұл құрылғыда сақталмайды (тек сипаттамасы бар).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file on this device.</source>
        <translation>Бұл құрылғыда файл жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypting…</source>
        <translation>Шифрын ашу…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>No preview for this type of file.</source>
        <translation>Бұл түрдегі файлды қарау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file could not be read.</source>
        <translation>Файлды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SHA-256 matches: the file is intact.</source>
        <translation>SHA-256 сәйкес: файл өзгермеген.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying the attachment</source>
        <translation>Тіркемені тексеру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decrypted copy</source>
        <translation>Шифрсыз көшірме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy will NOT be encrypted. Anyone who gets the computer or the disk where you save it can read it, and the operating system may index it or make thumbnails of it.

Save a decrypted copy anyway?</source>
        <translation>Көшірме шифрланбайды. Оны сақтаған компьютерге немесе дискіге қолы жеткен кез келген адам оқи алады, ал операциялық жүйе оны индекстеуі немесе оның шағын суреттерін жасауы мүмкін.

Бәрібір шифрсыз көшірмені сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A decrypted copy was saved. Delete it when you no longer need it.</source>
        <translation>Шифрсыз көшірме сақталды. Қажет болмаған кезде оны жойыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decrypting the attachment</source>
        <translation>Тіркеменің шифрын ашу</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Text of the attachment</source>
        <translation>Тіркеменің мәтіні</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chain of custody</source>
        <translation>Сақтау тізбегі</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location line="-94"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a decrypted copy</source>
        <translation>Шифрсыз көшірмені сақтау</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>&amp;Add files…</source>
        <translation>Файлдарды &amp;қосу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…or drop files here. They are encrypted into the vault; the originals stay where they are (delete them yourself if they must not remain).</source>
        <translation>…немесе файлдарды осында сүйреп әкеліңіз. Олар қоймаға шифрланып сақталады; түпнұсқалар орнында қалады (қалмауы керек болса, оларды өзіңіз жойыңыз).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Captured</source>
        <translation>Алынды</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>Encrypting %n file(s)…</source>
        <translation>
            <numerusform>%n файл шифрлануда…</numerusform>
            <numerusform>%n файл шифрлануда…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypting attachments</source>
        <translation>Тіркемелерді шифрлау</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) encrypted and attached.</source>
        <translation>
            <numerusform>%n файл шифрланып, тіркелді.</numerusform>
            <numerusform>%n файл шифрланып, тіркелді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. Nothing was attached from the file being encrypted.</source>
        <translation>Тоқтатылды. Шифрланып жатқан файлдан ештеңе тіркелмеді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A file could not be read: {reason}</source>
        <translation>Файлды оқу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be attached.</source>
        <translation>Файлдарды тіркеу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/case.py" line="+16"/>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Сатысы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;number:</source>
        <translation>Іс &amp;нөмірі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ourt:</source>
        <translation>С&amp;от:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>Ө&amp;ткізілген орны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pened:</source>
        <translation>Қ&amp;озғалды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-instance &amp;judgment:</source>
        <translation>Бірінші сатыдағы &amp;үкім:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;utcome:</source>
        <translation>Н&amp;әтижесі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring programme</source>
        <translation>Мониторинг бағдарламасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monitoring status:</source>
        <translation>Мониторинг &amp;мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>Басым&amp;дық:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>Бел&amp;гілер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. zhanaozen, labour</source>
        <translation>мысалы: жаңаөзен, еңбек құқықтары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hy it is monitored:</source>
        <translation>Неліктен &amp;бақылауда:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Defendant:</source>
        <translation>Сотталушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article:</source>
        <translation>Бап:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part:</source>
        <translation>Бөлік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph:</source>
        <translation>Тармақ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording:</source>
        <translation>Тұжырымы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add c&amp;harge</source>
        <translation>&amp;Айып қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event:</source>
        <translation>Оқиға:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedural history</source>
        <translation>Іс жүргізу барысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add st&amp;ep</source>
        <translation>&amp;Кезең қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair-trial &amp;checklist</source>
        <translation>&amp;Сауалнама</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitor&apos;s answers for the whole case</source>
        <translation>Бақылаушының тұтас іс бойынша жауаптары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyst&apos;s &amp;assessment</source>
        <translation>Талдаушының &amp;бағасы</translation>
    </message>
</context>
<context>
    <name>CaseSelectionBox</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/case_selection.py" line="+59"/>
        <source>Only these cases (and their hearings and detentions):</source>
        <translation>Тек осы істер (және олардың отырыстары мен ұстаулары):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Кез келген белгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any priority</source>
        <translation>Кез келген басымдық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any reason</source>
        <translation>Кез келген себеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason the case is monitored</source>
        <translation>Іс неліктен бақылауда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any offence</source>
        <translation>Кез келген құрам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offence</source>
        <translation>Құқық бұзушылық құрамы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any monitoring status</source>
        <translation>Мониторингтің кез келген мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring status</source>
        <translation>Мониторинг мәртебесі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only cases charged with an extremist offence</source>
        <translation>Тек экстремистік қылмыс бойынша айып тағылған істер</translation>
    </message>
</context>
<context>
    <name>CurrentVersionDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/changed.py" line="+23"/>
        <location line="+12"/>
        <source>The current version</source>
        <translation>Ағымдағы нұсқа</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>This is revision {revision}, as it is stored now. Your typed text stays in the form: compare, copy what you need, then base your edit on this version and save again.</source>
        <translation>Бұл — қазір сақталған күйіндегі {revision} редакция. Сіз терген мәтін формада қалады: салыстырыңыз, керегін көшіріп алыңыз, содан кейін түзетуіңізді осы нұсқаға негіздеп, қайта сақтаңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Base my edit on this version</source>
        <translation>Түзетуімді осы нұсқаға &amp;негіздеу</translation>
    </message>
</context>
<context>
    <name>DetentionEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/detention.py" line="+30"/>
        <source>&amp;Detention</source>
        <translation>&amp;Ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who and what</source>
        <translation>Кім және не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detained person:</source>
        <translation>&amp;Ұсталған адам:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rocedure:</source>
        <translation>Іс &amp;жүргізу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention &amp;type:</source>
        <translation>Ұстау &amp;түрі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apprehension</source>
        <translation>Ұсталған сәт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Қашан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here:</source>
        <translation>Қ&amp;айда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;fficers:</source>
        <translation>Қы&amp;зметкерлер:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One per line</source>
        <translation>Әр жолға біреуден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain clothes:</source>
        <translation>Азаматтық киімде:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Force used:</source>
        <translation>&amp;Күш қолданылды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told the &amp;reasons:</source>
        <translation>&amp;Себептері айтылды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights e&amp;xplained:</source>
        <translation>Құқықтары т&amp;үсіндірілді:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol no.:</source>
        <translation>Хаттама №:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol time:</source>
        <translation>Хаттама уақыты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ircumstances:</source>
        <translation>Мә&amp;н-жайы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article:</source>
        <translation>Бап:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part:</source>
        <translation>Бөлік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by:</source>
        <translation>Шешім қабылдаған:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision date:</source>
        <translation>Шешім күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrest (days):</source>
        <translation>Қамау (тәулік):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative arrest</source>
        <translation>Әкімшілік қамаққа алу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ustody and access</source>
        <translation>Ұ&amp;стау және қол жеткізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial control</source>
        <translation>Сот бақылауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First before a &amp;judge:</source>
        <translation>Судьяға алғаш &amp;жеткізілді:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours to judge:</source>
        <translation>Судьяға дейін сағат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 48 hours is a concern (HRC General Comment 35)</source>
        <translation>48 сағаттан артық болса, алаңдаушылық туғызады (АҚК-нің № 35 жалпы ескертуі)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add judicial &amp;review</source>
        <translation>Сот &amp;тексеруін қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility:</source>
        <translation>Мекеме:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whereabouts:</source>
        <translation>Қайда екені:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Бастап:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Дейін:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+24"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Custody path</source>
        <translation>Ұстау орындары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add place of &amp;custody</source>
        <translation>Ұстау &amp;орнын қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access to safeguards</source>
        <translation>Кепілдіктерге қол жеткізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer:</source>
        <translation>Адвокат:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family notified:</source>
        <translation>Отбасына хабарланды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical exam:</source>
        <translation>Медициналық тексеру:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consular:</source>
        <translation>Консул:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitors:</source>
        <translation>Бақылаушылар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First:</source>
        <translation>Алғаш:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal counsel:</source>
        <translation>Заң көмегі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ill-treatment and release</source>
        <translation>&amp;Қатыгездік және босату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ill-treatment</source>
        <translation>Қатыгез қарау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alleged:</source>
        <translation>&amp;Мәлімделді:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hase:</source>
        <translation>&amp;Кезеңі:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. interrogation, transfer</source>
        <translation>мыс. жауап алу, этаппен жөнелту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methods:</source>
        <translation>&amp;Тәсілдері:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Perpetrators:</source>
        <translation>&amp;Кінәлілер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical evidence:</source>
        <translation>Медициналық дәлелдер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements signed:</source>
        <translation>Қол қойылған жауаптар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical attention:</source>
        <translation>Медициналық көмек:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint date:</source>
        <translation>Шағым күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint to:</source>
        <translation>Шағым қайда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint outcome:</source>
        <translation>Шағымның нәтижесі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditions and discipline</source>
        <translation>Жағдайлар мен жазалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nditions:</source>
        <translation>&amp;Жағдайлар:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure:</source>
        <translation>Шара:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add disciplinary &amp;measure</source>
        <translation>Тәртіптік &amp;жаза қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Босату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release &amp;date:</source>
        <translation>Босатылған &amp;күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release t&amp;ype:</source>
        <translation>Босату &amp;негізі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions:</source>
        <translation>Шарттары:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Analyst&apos;s &amp;assessment</source>
        <translation>Талдаушының &amp;бағасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyst&apos;s assessment (set at headquarters, not by the monitor)</source>
        <translation>Талдаушының бағасы (оны бақылаушы емес, штаб береді)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Liberty status:</source>
        <translation>Бостандық &amp;мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;WGAD categories:</source>
        <translation>БҰҰ WGAD &amp;санаттары:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment &amp;status:</source>
        <translation>Баға &amp;мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Негіздемесі:</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/people.py" line="+44"/>
        <source>Possibly already here under another spelling: {names}. Open that record instead of creating a duplicate.</source>
        <translation>Басқа жазылуымен бұрыннан бар болуы мүмкін: {names}. Қайталанатын жазба жасамай, сол жазбаны ашыңыз.</translation>
    </message>
</context>
<context>
    <name>FairTrialChecklist</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/checklist.py" line="-323"/>
        <source>Yes</source>
        <extracomment>What the analyst writes; a change to any of them stamps assessed_by and assessed_at.</extracomment>
        <translation>Иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly</source>
        <translation>Ішінара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not observed</source>
        <translation>Бақылау мүмкін болмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>Қатысы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The monitor records what was observed. Keys on a row of buttons: 1 yes, 2 no, 3 partly, 4 not observed, 5 not applicable, 6 unknown; Space clears; ←/→ move. The analyst&apos;s assessment is on its own tab.</source>
        <extracomment>Who the analyst is (the form sets it): stamped as ``assessed_by`` on what they change.</extracomment>
        <translation>Бақылаушы көргенін ғана тіркейді. Батырмалар қатарындағы пернелер: 1 иә, 2 жоқ, 3 ішінара, 4 бақылау мүмкін болмады, 5 қатысы жоқ, 6 белгісіз; бос орын — тазалау; ←/→ — жылжу. Талдаушының бағасы бөлек қойындыда.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on: {question}</source>
        <translation>Сұраққа ескертпе: {question}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basis of the answer to: {question}</source>
        <translation>Сұраққа берілген жауаптың негізі: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the answer rests on</source>
        <translation>Жауап неге негізделген</translation>
    </message>
</context>
<context>
    <name>HearingEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/hearing.py" line="+145"/>
        <source>&amp;Hearing</source>
        <extracomment>What a hearing takes over from its case, and keeps following while the case changes. What a NEW hearing takes over from the case&apos;s last hearing: the same court, bench and parties. Of a defendant and a counsel, what stays the same from one hearing to the next.</extracomment>
        <translation>&amp;Отырыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation>Сәйкестендіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instance:</source>
        <translation>&amp;Саты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court&amp;room:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ourt:</source>
        <translation>С&amp;от:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>Ө&amp;ткізілген орны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Тілдер:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language tags, e.g. ru, kk</source>
        <translation>Тіл кодтары, мыс. ru, kk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages the hearing was held in</source>
        <translation>Отырыс жүргізілген тілдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;heduled start:</source>
        <translation>Та&amp;ғайындалған уақыты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act&amp;ual start:</source>
        <translation>Н&amp;ақты басталуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Аяқталуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;journed to:</source>
        <translation>Ке&amp;йінге қалдырылды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjournment &amp;reason:</source>
        <translation>Қалдыру &amp;себебі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bench and parties</source>
        <translation>&amp;Сот және тараптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bench and prosecution</source>
        <translation>Сот құрамы және айыптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presiding &amp;judge:</source>
        <translation>Төрағалық етуші &amp;судья:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other &amp;judges:</source>
        <translation>Басқа &amp;судьялар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prosecutors:</source>
        <translation>&amp;Прокурорлар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&amp;ury:</source>
        <translation>А&amp;лқа билер:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>Defendant:</source>
        <translation>Сотталушы:</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Presence:</source>
        <translation>Қатысуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In custody:</source>
        <translation>Қамауда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dock:</source>
        <translation>Залдағы орны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restraints:</source>
        <translation>Кісен:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+70"/>
        <location line="+19"/>
        <location line="+26"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Defendants</source>
        <translation>Сотталушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;defendant</source>
        <translation>&amp;Сотталушы қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counsel:</source>
        <translation>Қорғаушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>Кімді қорғайды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <location line="+81"/>
        <source>Description:</source>
        <translation>Сипаттамасы:</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Defence counsel</source>
        <translation>Қорғаушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;counsel</source>
        <translation>&amp;Қорғаушы қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witness:</source>
        <translation>Куәгер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. W-07</source>
        <translation>мыс. W-07</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called by:</source>
        <translation>Кім шақырды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>prosecution</source>
        <translation>айыптау тарапы</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+69"/>
        <source>defence</source>
        <translation>қорғау тарапы</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>court</source>
        <translation>сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous:</source>
        <translation>Жасырын:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote:</source>
        <translation>Қашықтан:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witnesses</source>
        <translation>Куәгерлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;witness</source>
        <translation>&amp;Куәгер қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed:</source>
        <translation>Қажет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided:</source>
        <translation>Берілді:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adequate:</source>
        <translation>Сапасы жеткілікті:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>Тілдер:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Openness</source>
        <translation>&amp;Ашықтық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public access</source>
        <translation>Көпшіліктің қатысуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access:</source>
        <translation>&amp;Қол жеткізу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass required:</source>
        <translation>Рұқсатнама керек:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overflow room:</source>
        <translation>Қосымша зал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats:</source>
        <translation>Орын саны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (est.):</source>
        <translation>Қатысқандар (шамамен):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied entry:</source>
        <translation>Кіргізілмегендер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Monitor:</source>
        <translation>Бақылаушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission:</source>
        <translation>Жіберілуі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitors</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;monitor</source>
        <translation>&amp;Бақылаушы қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media &amp;present:</source>
        <translation>&amp;БАҚ қатысты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recording allowed:</source>
        <translation>&amp;Түсіруге рұқсат:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security and conditions</source>
        <translation>Күзет және жағдайлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Security presence:</source>
        <translation>&amp;Күзет, полиция:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;ditions:</source>
        <translation>&amp;Жағдайлар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room, seating, heat, access to documents …</source>
        <translation>Зал, орындар, температура, құжаттарға қол жеткізу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What happened</source>
        <translation>&amp;Не болды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Отырыс барысының сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Narrative:</source>
        <translation>Отырыс &amp;барысы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in order, as observed. Facts only; assessment belongs to the analyst. F8 inserts the time.</source>
        <translation>Не болғанын ретімен, өзіңіз көргендей жазыңыз. Тек фактілер; бағаны талдаушы береді. F8 уақытты қояды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Time:</source>
        <translation>Уақыты:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>жауап беру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>motion</source>
        <translation>өтінішхат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruling</source>
        <translation>сот шешімі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incident</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recess</source>
        <translation>үзіліс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resumed</source>
        <translation>жалғасуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence examined</source>
        <translation>дәлелдемелерді зерттеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>By:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Summary:</source>
        <translation>Қысқаша:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedural events</source>
        <translation>Іс жүргізу оқиғалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;event</source>
        <translation>&amp;Оқиға қосу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>defendant</source>
        <translation>сотталушы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>victim</source>
        <translation>жәбірленуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Мәні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruling:</source>
        <translation>Шешімі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granted</source>
        <translation>қанағаттандырылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly granted</source>
        <translation>ішінара қанағаттандырылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deferred</source>
        <translation>кейінге қалдырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason given:</source>
        <translation>Уәжі:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the reason, if any</source>
        <translation>уәжі, болса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaker:</source>
        <translation>Сөйлеуші:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words:</source>
        <translation>Сөздері:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verbatim, in the original language</source>
        <translation>сөзбе-сөз, түпнұсқа тілінде</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quotes</source>
        <translation>Дәйексөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;quote</source>
        <translation>&amp;Дәйексөз қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motions</source>
        <translation>Өтінішхаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add m&amp;otion</source>
        <translation>Ө&amp;тінішхат қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleged by:</source>
        <translation>Мәлімдеген адам:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Процестегі рөлі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised in court by:</source>
        <translation>Сотта кім мәлімдеді:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Қашан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods:</source>
        <translation>Әдістер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrators:</source>
        <translation>Болжамды орындаушылар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as described, e.g. two officers of the city police</source>
        <translation>сипатталғандай, мысалы: қалалық полицияның екі қызметкері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court&apos;s response:</source>
        <translation>Соттың жауабы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention:</source>
        <translation>Ұстау:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allegations of torture or ill-treatment</source>
        <translation>Азаптау немесе қатыгез қарым-қатынас туралы мәлімдемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;allegation</source>
        <translation>Мәлімдеме &amp;қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penalty:</source>
        <translation>Жаза:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. which activity, which property</source>
        <translation>мысалы, қандай қызмет, қандай мүлік</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence:</source>
        <translation>Жаза:</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Years:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Months:</source>
        <translation>Ай:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days:</source>
        <translation>Күн:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regime:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine:</source>
        <translation>Айыппұл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine unit:</source>
        <translation>Айыппұл бірлігі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended:</source>
        <translation>Шартты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probation (months):</source>
        <translation>Сынақ мерзімі (ай):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional penalties:</source>
        <translation>Қосымша жазалар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add additional &amp;penalty</source>
        <translation>Қосымша &amp;жаза қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdicts</source>
        <translation>Үкімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;verdict</source>
        <translation>Ү&amp;кім қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair-trial &amp;checklist</source>
        <translation>&amp;Сауалнама</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitor&apos;s answers</source>
        <translation>Бақылаушының жауаптары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyst&apos;s &amp;assessment</source>
        <translation>Талдаушының &amp;бағасы</translation>
    </message>
</context>
<context>
    <name>HearingMode</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/hearing_mode.py" line="+168"/>
        <source>Hearing &amp;mode</source>
        <translation>Отырыс &amp;режимі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes beside the checklist, with the time a key away (F9)</source>
        <translation>Жазбалар сауалнаманың қасында, уақыт бір пернемен (F9)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recess</source>
        <translation>Үзіліс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Жалғасуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote…</source>
        <translation>&amp;Дәйексөз…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (F8)</source>
        <translation>Уақыт (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hearing starts now: fills the actual start</source>
        <translation>Отырыс қазір басталады: нақты басталу уақытын толтырады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recess now: adds a procedural event</source>
        <translation>Қазір үзіліс: іс жүргізу оқиғасын қосады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hearing resumes now: adds a procedural event</source>
        <translation>Отырыс қазір жалғасады: іс жүргізу оқиғасын қосады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hearing ends now: fills the end</source>
        <translation>Отырыс қазір аяқталады: аяқталу уақытын толтырады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record words verbatim, with the speaker and the time</source>
        <translation>Сөздерді сөйлеушісімен және уақытымен сөзбе-сөз жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the time in the notes</source>
        <translation>Жазбаларға уақытты қою</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep unlocked</source>
        <translation>&amp;Құлыптамау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not lock after inactivity while this hearing lasts (at most 8 hours). Ctrl+L still locks at once.</source>
        <translation>Отырыс жүріп жатқанда әрекетсіздіктен құлыптамау (ең көбі 8 сағат). Ctrl+L бұрынғыдай бірден құлыптайды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fair-trial checklist</source>
        <translation>Әділ сот тексеру парағы</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The start time is already set; change it on the Hearing tab.</source>
        <translation>Басталу уақыты көрсетілген; оны «Отырыс» қойындысында өзгертуге болады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started at {time}.</source>
        <translation>{time} басталды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended at {time}.</source>
        <translation>{time} аяқталды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recess at {time}.</source>
        <translation>{time} үзіліс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed at {time}.</source>
        <translation>{time} жалғасты.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quote recorded at {time}.</source>
        <translation>Дәйексөз {time} жазылды.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>presiding judge</source>
        <translation>төрағалық етуші судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge</source>
        <translation>судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prosecutor</source>
        <translation>прокурор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defendant</source>
        <translation>сотталушы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counsel</source>
        <translation>қорғаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness</source>
        <translation>куәгер</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>saved automatically at {time}</source>
        <translation>{time} автоматты түрде сақталды</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/history.py" line="+71"/>
        <source>History</source>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <source>conflicting edit</source>
        <translation>қайшы өзгеріс</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n revision(s). Each is a full snapshot, hash-linked to the one before.</source>
        <translation>
            <numerusform>%n нұсқа. Әрқайсысы — алдыңғысымен хеш арқылы байланысқан толық көшірме.</numerusform>
            <numerusform>%n нұсқа. Әрқайсысы — алдыңғысымен хеш арқылы байланысқан толық көшірме.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision {n} · {when} · {op}
by {author} on device {device}</source>
        <translation>{n}-нұсқа · {when} · {op}
авторы {author}, құрылғы {device}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Revisions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in the selected revision</source>
        <translation>Таңдалған нұсқадағы өзгерістер</translation>
    </message>
</context>
<context>
    <name>HuridocsListPicker</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/huridocs.py" line="+179"/>
        <source>Type a word or a code to add…</source>
        <translation>Қосу үшін сөз немесе код енгізіңіз…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected entry (Delete)</source>
        <translation>Таңдалғанын алып тастау (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
</context>
<context>
    <name>HuridocsPicker</name>
    <message>
        <location line="-128"/>
        <source>Type a word or a code…</source>
        <extracomment>Typed text that is neither a term nor a code.</extracomment>
        <translation>Сөз немесе код енгізіңіз…</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/incident.py" line="+21"/>
        <source>&amp;Incident</source>
        <translation>&amp;Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where:</source>
        <translation>&amp;Қайда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Аяқталуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mpact:</source>
        <translation>С&amp;алдары:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conte&amp;xt tags:</source>
        <translation>Контекст &amp;белгілері:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. zhanaozen-strike-2011</source>
        <translation>мыс. zhanaozen-strike-2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked &amp;attachments:</source>
        <translation>Байланысты &amp;тіркемелер:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HURIDOCS coding</source>
        <translation>HURIDOCS кодтары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rights affected:</source>
        <translation>&amp;Бұзылған құқықтар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Violation status:</source>
        <translation>Бұзушылық &amp;мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;onitoring status:</source>
        <translation>Мо&amp;ниторинг мәртебесі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casualties</source>
        <translation>Зардап шеккендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Қаза тапқандар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injured</source>
        <translation>Жараланғандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>Ұсталғандар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official:</source>
        <translation>Ресми:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min:</source>
        <translation>Ең аз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max:</source>
        <translation>Ең көп:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About:</source>
        <translation>Шамамен:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed:</source>
        <translation>Даулы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A&amp;cts</source>
        <translation>Ә&amp;рекеттер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description:</source>
        <translation>Сипаттамасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Involvement:</source>
        <translation>Қатысу дәрежесі:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Victim:</source>
        <translation>Жәбірленуші:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act:</source>
        <translation>Әрекет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempted:</source>
        <translation>Оқталу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods:</source>
        <translation>Тәсілдері:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution:</source>
        <translation>Кімге телінеді:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>Басталуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>Аяқталуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact place:</source>
        <translation>Нақты орны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrators:</source>
        <translation>Кінәлілер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stated reason:</source>
        <translation>Айтылған себебі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical harm:</source>
        <translation>Дене зақымы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at end:</source>
        <translation>Соңғы мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychological harm:</source>
        <translation>Психологиялық зиян:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unidentified:</source>
        <translation>Анықталмағандар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add unidentified perpetrator</source>
        <translation>Анықталмаған кінәліні қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acts (who did what to whom)</source>
        <translation>Әрекеттер (кім кімге не істеді)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;act</source>
        <translation>Ә&amp;рекет қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unidentified perpetrators of the incident</source>
        <translation>Оқиғаның анықталмаған кінәлілері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;perpetrator</source>
        <translation>&amp;Кінәліні қосу</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/links.py" line="+53"/>
        <source>&amp;Intervention</source>
        <translation>&amp;Араласу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Араласу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;By:</source>
        <translation>&amp;Кім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About:</source>
        <translation>&amp;Не туралы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Кімге жолданды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HURIDOCS list 20</source>
        <translation>HURIDOCS, 20-тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Response:</source>
        <translation>&amp;Жауап:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HURIDOCS list 27</source>
        <translation>HURIDOCS, 27-тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mpact:</source>
        <translation>С&amp;алдары:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HURIDOCS list 44</source>
        <translation>HURIDOCS, 44-тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HURIDOCS list 45</source>
        <translation>HURIDOCS, 45-тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Басымдығы:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HURIDOCS list 46</source>
        <translation>HURIDOCS, 46-тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
</context>
<context>
    <name>InvolvementEditor</name>
    <message>
        <location line="-50"/>
        <source>&amp;Involvement</source>
        <translation>&amp;Қатысу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who, in what role, in what</source>
        <translation>Кім, қандай рөлде, неге қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who:</source>
        <translation>&amp;Кім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In:</source>
        <translation>&amp;Неде:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case, hearing, incident, detention or organisation</source>
        <translation>Іс, отырыс, оқиға, ұстау немесе ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>К&amp;ім үшін:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the clients of a defence counsel</source>
        <translation>мыс. қорғаушының қорғалушылары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrators (HURIDOCS)</source>
        <translation>Кінәлілер (HURIDOCS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Degree of involvement:</source>
        <translation>Қатысу &amp;дәрежесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator &amp;type:</source>
        <translation>Кінәлінің &amp;түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later &amp;status:</source>
        <translation>Кейінгі &amp;мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS list 26</source>
        <translation>HURIDOCS, 26-тізім</translation>
    </message>
</context>
<context>
    <name>JuryEdit</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/fields.py" line="+386"/>
        <source>No jury</source>
        <translation>Алқа билерсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury</source>
        <translation>Алқа билермен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurors</source>
        <translation>алқа би</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of jurors</source>
        <translation>Алқа билер саны</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/kinds.py" line="+8"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Араласу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New person</source>
        <translation>Жаңа адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New location</source>
        <translation>Жаңа орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New source</source>
        <translation>Жаңа дереккөз</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/people.py" line="+68"/>
        <source>&amp;Location</source>
        <translation>&amp;Орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты, атауы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;Russian:</source>
        <translation>Орысша &amp;атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Қазақша а&amp;тауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Within:</source>
        <translation>&amp;Қай жерде:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166-1 two-letter code</source>
        <translation>ISO 3166-1 екі әріпті коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subdivision code:</source>
        <translation>Өңір &amp;коды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type of location:</source>
        <translation>Орын &amp;түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS list 17</source>
        <translation>HURIDOCS, 17-тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;cision:</source>
        <translation>&amp;Дәлдігі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building</source>
        <translation>ғимарат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site</source>
        <translation>алаң, учаске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settlement</source>
        <translation>елді мекен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate</source>
        <translation>шамамен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;atitude:</source>
        <translation>Е&amp;ндік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>Б&amp;ойлық:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Уақыт белдеуі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IANA name; Aktau was UTC+5 and Almaty UTC+6 in 2012</source>
        <translation>IANA атауы; 2012 жылы Ақтауда UTC+5, Алматыда UTC+6 болған</translation>
    </message>
</context>
<context>
    <name>MultiRecordPicker</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/pickers.py" line="+401"/>
        <source>Type to search and add…</source>
        <translation>Іздеп қосу үшін тере бастаңыз…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected entry (Delete)</source>
        <translation>Таңдалғанды алып тастау (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{id} (not found)</source>
        <translation>{id} (табылмады)</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/people.py" line="-39"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты, атауы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;Russian:</source>
        <translation>Орысша &amp;атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Қазақша а&amp;тауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court &amp;level:</source>
        <translation>Сот &amp;деңгейі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courts only</source>
        <translation>Тек соттар үшін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Part of:</source>
        <translation>&amp;Құрамында:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Perpetrator type:</source>
        <translation>Кінәлінің &amp;түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS list 24, if the organisation is a perpetrator</source>
        <translation>HURIDOCS, 24-тізім, ұйым кінәлі тарап болса</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/dates.py" line="+101"/>
        <source>Precision</source>
        <translation>Дәлдігі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How precisely the date is known (— = no date)</source>
        <translation>Күні қаншалықты нақты белгілі (— = күні жоқ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year (↑/↓ change it)</source>
        <translation>Жыл (↑/↓ — өзгерту)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day (↑/↓ change it)</source>
        <translation>Күн (↑/↓ — өзгерту)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTC offset</source>
        <translation>UTC-тен ығысу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTC offset of the local time (Aktau +05:00, Almaty +06:00 in 2012)</source>
        <translation>Жергілікті уақыттың UTC-тен ығысуы (2012 жылы Ақтау +05:00, Алматы +06:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local time</source>
        <translation>жергілікті уақыт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>estimated</source>
        <translation>шамамен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is an estimate</source>
        <translation>Күні шамамен көрсетілген</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>— (kept: {value})</source>
        <translation>— (сақталды: {value})</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/people.py" line="-43"/>
        <source>&amp;Person</source>
        <translation>&amp;Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты, атауы:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name, or a pseudonym / code</source>
        <translation>Толық аты, бүркеншік аты немесе коды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other names:</source>
        <translation>&amp;Басқа есімдері:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One per line: spellings, Cyrillic form, maiden name…</source>
        <translation>Әр жолға біреуден: жазылу нұсқалары, кириллицамен, қыз кезіндегі тегі…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pse&amp;udonym:</source>
        <translation>&amp;Бүркеншік ат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes if the name is a code or pseudonym</source>
        <translation>Аты код не бүркеншік ат болса, «Иә»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public fi&amp;gure:</source>
        <translation>Қоғамдық &amp;тұлға:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;unting unit:</source>
        <translation>Есеп &amp;бірлігі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group si&amp;ze:</source>
        <translation>Топ &amp;мөлшері:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a group: how many people</source>
        <translation>Топ үшін: неше адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x:</source>
        <translation>Ж&amp;ынысы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Туған күні:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occu&amp;pation:</source>
        <translation>К&amp;әсібі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Азаматтығы:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country codes, e.g. KZ, RU</source>
        <translation>Ел кодтары, мыс. KZ, RU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Тілдер:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language tags, e.g. kk, ru</source>
        <translation>Тіл кодтары, мыс. kk, ru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deceased:</source>
        <translation>&amp;Қайтыс болған:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of dea&amp;th:</source>
        <translation>Қ&amp;айтыс болған күні:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact details</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;tact:</source>
        <translation>&amp;Байланыс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept encrypted on this device and never exported by default.</source>
        <translation>Осы құрылғыда шифрланып сақталады және әдепкі бойынша ешқашан экспортталмайды.</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/hearing_mode.py" line="-301"/>
        <source>Quote</source>
        <extracomment>Function keys: one key, the same in every keyboard layout (Latin, Russian, Kazakh), taken by nothing else in FieldDoc (F5 refreshes; Ctrl+T is Statistics).</extracomment>
        <translation>Дәйексөз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not listed)</source>
        <translation>(тізімде жоқ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words, verbatim</source>
        <translation>Сөздер, сөзбе-сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words exactly as said, in the language they were said in</source>
        <translation>Сөздер дәл айтылғандай, айтылған тілінде</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Сөйлеуші:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Words:</source>
        <translation>Сөз&amp;дері:</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/base.py" line="+163"/>
        <source>Con&amp;fidentiality:</source>
        <extracomment>Keys of ``defaults`` that mean something else for this kind, e.g. case_id -&gt; related_case_id.</extracomment>
        <translation>&amp;Құпиялылық:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLP marking; it follows the confidentiality level</source>
        <translation>TLP белгісі; құпиялылық деңгейіне сәйкес қойылады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Қажет емес</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the &amp;current version…</source>
        <translation>&amp;Ағымдағы нұсқаны көрсету…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;History…</source>
        <translation>&amp;Тарих…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+S save · Esc close · Ctrl+PgUp/PgDn change tab</source>
        <translation>Ctrl+S — сақтау · Esc — жабу · Ctrl+PgUp/PgDn — қойындылар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/editor_fields.py" line="+55"/>
        <source>12-digit HURIDOCS code</source>
        <translation>12 таңбалы HURIDOCS коды</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/base.py" line="+24"/>
        <source>Sources and &amp;notes</source>
        <translation>&amp;Дереккөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources and notes</source>
        <translation>Дереккөздер мен ескертпелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Дереккөздер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the information in this record comes from</source>
        <translation>Бұл жазбадағы мәліметтер қайдан алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the record first, then attach files to it.</source>
        <translation>Алдымен жазбаны сақтаңыз, содан кейін оған файл тіркеңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced (JSON)</source>
        <translation>Басқа (JSON)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New: {kind}</source>
        <translation>Жаңа жазба: {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsaved changes</source>
        <translation>сақталмаған өзгерістер бар</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/editor_problems.py" line="+31"/>
        <source>“{text}” is not linked to a record: choose it from the list or create it with +.</source>
        <translation>«{text}» жазбаға байланыстырылмаған: тізімнен таңдаңыз немесе + батырмасымен жасаңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Advanced (JSON): {error}</source>
        <translation>Басқа (JSON): {error}</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/base.py" line="+65"/>
        <location line="+6"/>
        <source>not saved automatically: press Ctrl+S to see why</source>
        <translation>автоматты түрде сақталмады: себебін көру үшін Ctrl+S басыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved. {reason}</source>
        <translation>Сақталмады. {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>saved</source>
        <translation>сақталды</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/editor_problems.py" line="+26"/>
        <source>based on revision {revision}: press Ctrl+S to save</source>
        <translation>{revision} редакцияға негізделді: сақтау үшін Ctrl+S басыңыз</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>record</source>
        <translation>жазба</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fielddoc/gui/forms/base.py" line="+6"/>
        <source>Not saved: %n problem(s). They are shown next to the fields.</source>
        <translation>
            <numerusform>Сақталмады: %n қате. Қателер өрістердің жанында көрсетілген.</numerusform>
            <numerusform>Сақталмады: %n қате. Қателер өрістердің жанында көрсетілген.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/editor_drafts.py" line="+61"/>
        <source>Unsaved changes to this form from {when} UTC were kept as an encrypted draft. Restore them?</source>
        <translation>Осы пішіндегі {when} UTC сақталмаған өзгерістер шифрланған жоба ретінде сақталған. Оларды қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/base.py" line="+8"/>
        <source>This form has unsaved changes.</source>
        <translation>Пішінде сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them before closing?</source>
        <translation>Жаппас бұрын оларды сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>locked</source>
        <translation>құлыпталды</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/editor_problems.py" line="-51"/>
        <source>“{text}” is not a term of this list: choose one from the list or type its 12-digit code.</source>
        <translation>«{text}» бұл тізімде жоқ: тізімнен мәнді таңдаңыз немесе оның 12 таңбалы кодын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/pickers.py" line="-232"/>
        <source>any record</source>
        <extracomment>What the line edit shows while an entry is highlighted: the record&apos;s name, or the typed text. New records named inline, not stored yet: id -&gt; (kind, document).</extracomment>
        <translation>кез келген жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search ({kinds})…</source>
        <translation>Іздеу үшін тере бастаңыз ({kinds})…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Create a new record with the typed name</source>
        <translation>Терілген атаумен жаңа жазба жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new</source>
        <translation>Жаңасын жасау</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>+ {new}: “{name}”</source>
        <translation>+ {new}: «{name}»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the name first, then press +</source>
        <translation>Алдымен атын теріңіз, содан кейін + басыңыз</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>(similar to “{other}”, already here)</source>
        <translation>(ұқсас жазба бұрыннан бар: «{other}»)</translation>
    </message>
</context>
<context>
    <name>RelationEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/links.py" line="+8"/>
        <source>&amp;Relation</source>
        <translation>&amp;Байланыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Қайдан:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application type, or a HURIDOCS list 22 code (12 digits)</source>
        <translation>Қолданба түрі немесе HURIDOCS 22-тізімінің коды (12 цифр)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Белгі:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. causes, precedes</source>
        <translation>мыс. себеп, алдында болды</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/repeat.py" line="+51"/>
        <location line="+1"/>
        <source>Remove this entry</source>
        <translation>Бұл жолды жою</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This entry has a form the editor does not show; it is kept as it is (see the Advanced tab).</source>
        <translation>Бұл жолдың пішіні редакторда көрсетілмейді; ол өзгеріссіз сақталады («Басқа (JSON)» қойындысын қараңыз).</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/evidence.py" line="-104"/>
        <source>&amp;Source</source>
        <translation>&amp;Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Бұл не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Жариялаушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;erson (informant):</source>
        <translation>А&amp;дам (ақпарат беруші):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Material type:</source>
        <translation>&amp;Материал түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS list 16</source>
        <translation>HURIDOCS, 16-тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connection:</source>
        <translation>Ақпаратпен &amp;байланысы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS list 19: the source&apos;s connection to the information</source>
        <translation>HURIDOCS, 19-тізім: дереккөздің ақпаратпен байланысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grading (Admiralty scale)</source>
        <translation>Бағалау (Адмиралтейлік шкала)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reliability of the source:</source>
        <translation>Дереккөздің &amp;сенімділігі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cred&amp;ibility of the information:</source>
        <translation>Мәліметтің &amp;шынайылығы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interview and consent</source>
        <translation>&amp;Сұхбат және келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview &amp;date:</source>
        <translation>Сұхбат &amp;күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer:</source>
        <translation>Сұхбат алушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Тәсілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>бетпе-бет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>телефон арқылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video call</source>
        <translation>бейнеқоңырау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in writing</source>
        <translation>жазбаша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where:</source>
        <translation>Қайда:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informed consent</source>
        <translation>Ақпараттандырылған келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given:</source>
        <translation>&amp;Берілді:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How:</source>
        <translation>Қалай:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by:</source>
        <translation>Кім алды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record:</source>
        <translation>Жазу:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store identity:</source>
        <translation>Жеке басын сақтау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with HQ:</source>
        <translation>Бас штабқа беру:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with partners:</source>
        <translation>Серіктестерге беру:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with UN/OSCE:</source>
        <translation>БҰҰ/ЕҚЫҰ-ға беру:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recontact:</source>
        <translation>Қайта байланысу:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish:</source>
        <translation>Жариялау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn at:</source>
        <translation>Кері қайтарылды:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection</source>
        <translation>Қорғау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection &amp;risk:</source>
        <translation>Адамға &amp;қатер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handling:</source>
        <translation>&amp;Байланыс тәртібі:</translation>
    </message>
</context>
<context>
    <name>TriBool</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/fields.py" line="-227"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location line="+63"/>
        <source>{code} (not in the list)</source>
        <translation>{code} (тізімде жоқ)</translation>
    </message>
</context>
</TS>
