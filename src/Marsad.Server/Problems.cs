using Microsoft.AspNetCore.Http;

namespace Marsad.Server;

/// <summary>A request the server refuses, with the status and the words the client sees (problem+json).</summary>
public sealed class ApiProblem(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public static ApiProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ApiProblem NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);

    public static ApiProblem TooLarge(long limit) => new(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"the body is larger than {limit} bytes");

    public static ApiProblem Unsupported(string detail) => new(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    public static ApiProblem Unprocessable(string detail) => new(StatusCodes.Status422UnprocessableEntity, "Unprocessable content", detail);

    public IResult ToResult() => Results.Problem(detail: Message, statusCode: Status, title: Title);
}
