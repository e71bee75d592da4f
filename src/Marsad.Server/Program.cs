// The bare server (dotnet Marsad.Server.dll --Marsad:Store=marsad.db); users run `marsad serve`.
Marsad.Server.MarsadServer.Build(args).Run();
