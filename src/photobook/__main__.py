from photobook.cli import main

raise SystemExit(main())
