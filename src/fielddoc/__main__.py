from fielddoc.cli.main import main

raise SystemExit(main())
